package ca.clientele.document.file;

import ca.clientele.platform.crypto.EncryptedStringConverter;
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

/** One stored file of a client: what it is, who may see it, and where its (encrypted) bytes are. */
@Entity
@Table(name = "document")
class DocumentFile {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Visibility visibility;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String name;

    @Column(name = "safe_name", nullable = false)
    private String safeName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "has_thumbnail", nullable = false, updatable = false)
    private boolean thumbnail;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private UUID uploadedBy;

    @Column(name = "uploaded_by_staff", nullable = false, updatable = false)
    private boolean uploadedByStaff;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "pet_id", updatable = false)
    private UUID petId;

    @Column(name = "ticket_id", updatable = false)
    private UUID ticketId;

    @Column(name = "submission_id", updatable = false)
    private UUID submissionId;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private UUID deletedBy;

    /** When the deleted file's bytes were erased from storage (the row stays: who deleted what, and when). */
    @Column(name = "purged_at")
    private Instant purgedAt;

    @Version
    private long version;

    protected DocumentFile() {
        // for JPA
    }

    DocumentFile(FileFacts facts, Content content, Instant uploadedAt) {
        this.id = facts.id();
        this.clientId = facts.clientId();
        this.purpose = facts.purpose();
        this.visibility = facts.visibility();
        this.name = facts.name().display();
        this.safeName = facts.name().safe();
        this.uploadedBy = facts.actorId();
        this.uploadedByStaff = facts.actorIsStaff();
        this.petId = facts.petId();
        this.ticketId = facts.ticketId();
        this.submissionId = facts.submissionId();
        this.contentType = content.contentType();
        this.size = content.size();
        this.sha256 = content.sha256();
        this.thumbnail = content.thumbnail();
        this.uploadedAt = uploadedAt;
    }

    void rename(FileName newName) {
        this.name = newName.display();
        this.safeName = newName.safe();
    }

    void changeVisibility(Visibility newVisibility) {
        this.visibility = newVisibility;
    }

    void delete(UUID actorId, Instant at) {
        this.deletedBy = actorId;
        this.deletedAt = at;
    }

    boolean deleted() {
        return deletedAt != null;
    }

    void markPurged(Instant at) {
        if (!deleted()) {
            throw new IllegalStateException("Only a deleted file is purged");
        }
        this.purgedAt = at;
    }

    /** What a client sees of their own files: visible to them, not deleted. */
    boolean visibleToClient() {
        return visibility == Visibility.CLIENT_VISIBLE && !deleted();
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    Purpose purpose() {
        return purpose;
    }

    Visibility visibility() {
        return visibility;
    }

    String name() {
        return name;
    }

    String safeName() {
        return safeName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    boolean hasThumbnail() {
        return thumbnail;
    }

    UUID uploadedBy() {
        return uploadedBy;
    }

    boolean uploadedByStaff() {
        return uploadedByStaff;
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    UUID petId() {
        return petId;
    }

    UUID ticketId() {
        return ticketId;
    }

    UUID submissionId() {
        return submissionId;
    }

    long version() {
        return version;
    }

    static String contentKey(UUID id) {
        return id.toString();
    }

    static String thumbnailKey(UUID id) {
        return id + ".thumbnail";
    }
}
