package ca.clientele.registry.pet;

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
import java.time.LocalDate;
import java.util.UUID;

/**
 * One vaccination of a pet: the vaccine, when it was given and until when it protects, the clinic
 * (personal data: encrypted), the proof (a document-service id) and staff's verification. A
 * change by the client makes it unverified again: staff verified what was there before.
 */
@Entity
@Table(name = "pet_vaccination")
class Vaccination {

    @Id
    private UUID id;

    @Column(name = "pet_id", nullable = false, updatable = false)
    private UUID petId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Vaccine vaccine;

    @Column(name = "other_name")
    private String otherName;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Convert(converter = EncryptedStringConverter.class)
    private String clinic;

    @Column(name = "proof_document_id")
    private UUID proofDocumentId;

    @Column(name = "verified_by")
    private UUID verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected Vaccination() {
        // for JPA
    }

    private Vaccination(UUID petId, UUID clientId, Instant now) {
        this.id = UUID.randomUUID();
        this.petId = petId;
        this.clientId = clientId;
        this.createdAt = now;
    }

    static Vaccination add(UUID clientId, UUID petId, VaccinationDetails details, Instant now) {
        Vaccination vaccination = new Vaccination(petId, clientId, now);
        vaccination.describe(details, now);
        return vaccination;
    }

    /**
     * Replaces what the record says. {@code byStaff} false (the owner): the record is unverified
     * again, since what staff checked may not be what it says now.
     */
    void change(VaccinationDetails details, boolean byStaff, Instant now) {
        if (!details().equals(details) && !byStaff) {
            verifiedBy = null;
            verifiedAt = null;
        }
        describe(details, now);
    }

    void verify(UUID staffId, Instant now) {
        verifiedBy = staffId;
        verifiedAt = now;
        updatedAt = now;
    }

    private void describe(VaccinationDetails details, Instant now) {
        vaccine = details.vaccine();
        otherName = details.otherName();
        givenOn = details.givenOn();
        validUntil = details.validUntil();
        clinic = details.clinic();
        proofDocumentId = details.proofDocumentId();
        updatedAt = now;
    }

    /** Protects on this day (the last valid day included). */
    boolean isCurrent(LocalDate today) {
        return !validUntil.isBefore(today);
    }

    UUID id() {
        return id;
    }

    UUID petId() {
        return petId;
    }

    Vaccine vaccine() {
        return vaccine;
    }

    LocalDate validUntil() {
        return validUntil;
    }

    boolean verified() {
        return verifiedAt != null;
    }

    UUID verifiedBy() {
        return verifiedBy;
    }

    Instant verifiedAt() {
        return verifiedAt;
    }

    VaccinationDetails details() {
        return new VaccinationDetails(vaccine, otherName, givenOn, validUntil, clinic, proofDocumentId);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
