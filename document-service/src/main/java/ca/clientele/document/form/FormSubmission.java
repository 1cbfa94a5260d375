package ca.clientele.document.form;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import ca.clientele.platform.web.DomainRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What one client answered to one version of a form: a draft they may keep changing, then,
 * once submitted, a record that never changes again (a database trigger holds that too).
 */
@Entity
@Table(name = "form_submission")
class FormSubmission {

    enum Status {
        DRAFT,
        SUBMITTED
    }

    @Id
    private UUID id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private UUID formId;

    @Column(name = "form_version", nullable = false)
    private int formVersion;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    /** The answers as JSON: personal data, encrypted bound to this row. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String answers;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private UUID submittedBy;

    @Column(name = "document_id")
    private UUID documentId;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected FormSubmission() {
        // for JPA
    }

    FormSubmission(UUID formId, int formVersion, UUID clientId, String answers, Instant now) {
        this.id = UUID.randomUUID();
        this.formId = formId;
        this.formVersion = formVersion;
        this.clientId = clientId;
        this.status = Status.DRAFT;
        this.answers = answers;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A draft follows the version the client now fills (the published one). */
    void saveDraft(int formVersion, String answers, Instant now) {
        requireDraft();
        this.formVersion = formVersion;
        this.answers = answers;
        this.updatedAt = now;
    }

    /** The final answers and their PDF among the client's documents; nothing changes afterwards. */
    void submit(int formVersion, String answers, UUID submittedBy, UUID documentId, Instant now) {
        saveDraft(formVersion, answers, now);
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = submittedBy;
        this.documentId = documentId;
    }

    private void requireDraft() {
        if (status == Status.SUBMITTED) {
            throw new DomainRuleException("form.submission.immutable");
        }
    }

    UUID id() {
        return id;
    }

    UUID formId() {
        return formId;
    }

    int formVersion() {
        return formVersion;
    }

    UUID clientId() {
        return clientId;
    }

    Status status() {
        return status;
    }

    String answers() {
        return answers;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    UUID documentId() {
        return documentId;
    }

    long rowVersion() {
        return rowVersion;
    }
}
