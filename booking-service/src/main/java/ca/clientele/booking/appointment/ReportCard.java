package ca.clientele.booking.appointment;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What staff noted about one pet at one appointment. The texts are about a client's pet and home: encrypted. The
 * client sees it once shared.
 */
@Entity
@Table(name = "report_card")
class ReportCard {

    @Id
    private UUID id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private UUID appointmentId;

    @Column(name = "pet_id", nullable = false, updatable = false)
    private UUID petId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Convert(converter = EncryptedStringConverter.class)
    private String done;

    private String nails;

    @Convert(converter = EncryptedStringConverter.class)
    private String behaviour;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "notes_for_next_time")
    private String notesForNextTime;

    @Column(name = "photo_document_ids", nullable = false)
    private UUID[] photoDocumentIds;

    @Column(nullable = false)
    private boolean shared;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Column(name = "updated_by", nullable = false)
    private UUID updatedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected ReportCard() {
        // for JPA
    }

    ReportCard(UUID appointmentId, UUID petId, UUID clientId, Instant now) {
        this.id = UUID.randomUUID();
        this.appointmentId = appointmentId;
        this.petId = petId;
        this.clientId = clientId;
        this.createdAt = now;
        this.photoDocumentIds = new UUID[0];
    }

    /** Replaces the card's content; true when this save shares it for the first time (the client is to be told). */
    boolean write(ReportCardInput input, UUID by, Instant now) {
        boolean newlyShared = input.shared() && sharedAt == null;
        this.done = blankToNull(input.done());
        this.nails = blankToNull(input.nails());
        this.behaviour = blankToNull(input.behaviour());
        this.notesForNextTime = blankToNull(input.notesForNextTime());
        this.photoDocumentIds = input.photoDocumentIds() == null
                ? new UUID[0]
                : input.photoDocumentIds().toArray(UUID[]::new);
        this.shared = input.shared();
        if (newlyShared) {
            this.sharedAt = now;
        }
        this.updatedBy = by;
        this.updatedAt = now;
        return newlyShared;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isNew() {
        return version == null;
    }

    UUID id() {
        return id;
    }

    UUID appointmentId() {
        return appointmentId;
    }

    UUID petId() {
        return petId;
    }

    UUID clientId() {
        return clientId;
    }

    String done() {
        return done;
    }

    String nails() {
        return nails;
    }

    String behaviour() {
        return behaviour;
    }

    String notesForNextTime() {
        return notesForNextTime;
    }

    List<UUID> photoDocumentIds() {
        return Arrays.asList(photoDocumentIds);
    }

    boolean shared() {
        return shared;
    }

    Instant sharedAt() {
        return sharedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
