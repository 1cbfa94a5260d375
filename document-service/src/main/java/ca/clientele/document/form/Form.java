package ca.clientele.document.form;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A form and its versions. Editing changes the latest version while it is a draft; once it is
 * published, an edit starts the next version as a draft, and clients keep filling the published one
 * until that draft is published in turn.
 */
@Entity
@Table(name = "form")
class Form {

    @Id
    private UUID id;

    @Column(name = "available_to_all", nullable = false)
    private boolean availableToAll;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    @OneToMany(mappedBy = "form", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<FormVersion> versions = new ArrayList<>();

    protected Form() {
        // for JPA
    }

    Form(FormBody definition, UUID createdBy, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        this.createdBy = createdBy;
        this.updatedAt = now;
        this.latestVersion = 1;
        this.versions.add(new FormVersion(this, 1, definition, now));
    }

    /** The new definition goes to the draft; a published latest version gets a draft successor. */
    void edit(FormBody definition, Instant now) {
        FormVersion latest = latest();
        if (latest.status() == FormVersion.Status.DRAFT) {
            latest.replace(definition);
        } else {
            latestVersion++;
            versions.add(new FormVersion(this, latestVersion, definition, now));
        }
        updatedAt = now;
    }

    /** Makes the latest version the one clients fill. Publishing what is already published changes nothing. */
    void publish(Instant now) {
        FormVersion latest = latest();
        if (latest.status() == FormVersion.Status.DRAFT) {
            latest.publish(now);
            publishedVersion = latest.number();
            updatedAt = now;
        }
    }

    void makeAvailableToAll(boolean available, Instant now) {
        if (availableToAll != available) {
            availableToAll = available;
            updatedAt = now;
        }
    }

    /** Rejects an edit made from a stale copy (409), before anything changes. */
    void requireRowVersion(long expected) {
        if (expected != rowVersion) {
            throw new OptimisticLockingFailureException("Stale form");
        }
    }

    FormVersion latest() {
        return versions.getLast();
    }

    Optional<FormVersion> version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst();
    }

    /** The version clients fill, if any was published. */
    Optional<FormVersion> published() {
        return publishedVersion == null ? Optional.empty() : version(publishedVersion);
    }

    UUID id() {
        return id;
    }

    boolean availableToAll() {
        return availableToAll;
    }

    Integer publishedVersion() {
        return publishedVersion;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long rowVersion() {
        return rowVersion;
    }
}
