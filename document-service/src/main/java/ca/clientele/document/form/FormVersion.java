package ca.clientele.document.form;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One numbered version of a form. Frozen once published (a database trigger holds it too). */
@Entity
@Table(name = "form_version")
class FormVersion {

    enum Status {
        DRAFT,
        PUBLISHED
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private Form form;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Convert(converter = FormDefinitionConverter.class)
    @Column(nullable = false)
    private FormBody definition;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected FormVersion() {
        // for JPA
    }

    FormVersion(Form form, int number, FormBody definition, Instant now) {
        this.id = UUID.randomUUID();
        this.form = form;
        this.number = number;
        this.status = Status.DRAFT;
        this.definition = definition;
        this.createdAt = now;
    }

    void replace(FormBody definition) {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("A published version never changes");
        }
        this.definition = definition;
    }

    void publish(Instant now) {
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    int number() {
        return number;
    }

    Status status() {
        return status;
    }

    FormBody definition() {
        return definition;
    }
}
