package ca.clientele.registry.pet;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A client's pet. Every text is personal data, encrypted at rest. An archived pet (gone, or
 * entered by mistake) keeps its history but is read-only and no longer found by staff search
 * until it is restored.
 */
@Entity
@Table(name = "pet")
class Pet {

    /** Dates are the business's: "today" is today in Quebec, not on the server's clock zone. */
    static final ZoneId BUSINESS_ZONE = ZoneId.of("America/Montreal");

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Species species;

    @Convert(converter = EncryptedStringConverter.class)
    private String breed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "weight_kg", precision = 4, scale = 1)
    private BigDecimal weightKg;

    @Column(nullable = false)
    private boolean neutered;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "veterinarian_name")
    private String veterinarianName;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "veterinarian_phone")
    private String veterinarianPhone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "behaviour_notes")
    private String behaviourNotes;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "medical_notes")
    private String medicalNotes;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "photo_reference")
    private String photoReference;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the pet is new

    protected Pet() {
        // for JPA
    }

    private Pet(UUID id, UUID clientId, Instant now) {
        this.id = id;
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static Pet add(UUID clientId, PetDetails details, Instant now) {
        Pet pet = new Pet(UUID.randomUUID(), clientId, now);
        pet.describe(details, now);
        return pet;
    }

    /** Replaces the description and answers the names of the fields that changed (empty: none). */
    Set<String> change(PetDetails details, Instant now) {
        if (archived) {
            throw new DomainRuleException("pet.archived.read-only");
        }
        Set<String> changed = describe(details, now);
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    void archive(Instant now) {
        if (archived) {
            throw new DomainRuleException("pet.archived.already");
        }
        archived = true;
        updatedAt = now;
    }

    void restore(Instant now) {
        if (!archived) {
            throw new DomainRuleException("pet.restore.not-archived");
        }
        archived = false;
        updatedAt = now;
    }

    /**
     * The pet's photo is now this document (the documents service announced it). An archived pet
     * takes it too: the photo belongs to its history.
     */
    void showPhoto(String documentId, Instant now) {
        photoReference = documentId;
        updatedAt = now;
    }

    /** The photo's document is gone: no photo any more. */
    void forgetPhoto(String documentId, Instant now) {
        if (documentId.equals(photoReference)) {
            photoReference = null;
            updatedAt = now;
        }
    }

    /** No pet is born after today; a date of birth is otherwise the owner's word. */
    static boolean isPossibleBirthDate(LocalDate birthDate, Instant now) {
        return birthDate == null || !birthDate.isAfter(LocalDate.ofInstant(now, BUSINESS_ZONE));
    }

    private Set<String> describe(PetDetails details, Instant now) {
        if (!isPossibleBirthDate(details.birthDate(), now)) {
            throw new IllegalArgumentException("a pet cannot be born in the future");
        }
        Set<String> changed = new LinkedHashSet<>();
        name = track(changed, "name", name, details.name());
        species = track(changed, "species", species, details.species());
        breed = track(changed, "breed", breed, details.breed());
        sex = track(changed, "sex", sex, details.sex());
        birthDate = track(changed, "birthDate", birthDate, details.birthDate());
        weightKg = track(changed, "weightKg", weightKg, details.weightKg());
        neutered = track(changed, "neutered", neutered, details.neutered());
        veterinarianName = track(changed, "veterinarianName", veterinarianName, details.veterinarianName());
        veterinarianPhone = track(changed, "veterinarianPhone", veterinarianPhone, details.veterinarianPhone());
        behaviourNotes = track(changed, "behaviourNotes", behaviourNotes, details.behaviourNotes());
        medicalNotes = track(changed, "medicalNotes", medicalNotes, details.medicalNotes());
        photoReference = track(changed, "photoReference", photoReference, details.photoReference());
        return changed;
    }

    private static <T> T track(Set<String> changed, String field, T current, T next) {
        if (!Objects.equals(current, next)) {
            changed.add(field);
        }
        return next;
    }

    UUID id() {
        return id;
    }

    UUID clientId() {
        return clientId;
    }

    String name() {
        return name;
    }

    boolean archived() {
        return archived;
    }

    PetDetails details() {
        return new PetDetails(
                name,
                species,
                breed,
                sex,
                birthDate,
                weightKg,
                neutered,
                veterinarianName,
                veterinarianPhone,
                behaviourNotes,
                medicalNotes,
                photoReference);
    }

    long version() {
        return version == null ? 0 : version;
    }
}
