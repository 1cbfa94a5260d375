package ca.clientele.booking.service;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A service of the catalogue ("Taille des griffes"). Deactivating keeps it (past appointments name it) but hides it
 * from clients and from slot search.
 */
@Entity
@Table(name = "service")
class ServiceOffering {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_fr", nullable = false)
    private String descriptionFr;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean taxable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Place place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Pricing pricing;

    @Column(name = "buffer_before_minutes", nullable = false)
    private int bufferBeforeMinutes;

    @Column(name = "buffer_after_minutes", nullable = false)
    private int bufferAfterMinutes;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_branch", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "branch_id")
    private Set<UUID> branchIds = new HashSet<>();

    // The same rows as a staff member's services (service_staff): edited from either side.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_staff", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "staff_id")
    private Set<UUID> staffIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_vaccine", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "vaccine")
    @Enumerated(EnumType.STRING)
    private Set<Vaccine> requiredVaccines = EnumSet.noneOf(Vaccine.class);

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected ServiceOffering() {
        // for JPA
    }

    static ServiceOffering create(ServiceInput input, Instant now) {
        ServiceOffering service = new ServiceOffering();
        service.id = UUID.randomUUID();
        service.createdAt = now;
        service.apply(input, now);
        return service;
    }

    /** Replaces the whole editable state (already validated, ids known). */
    void apply(ServiceInput input, Instant now) {
        this.code = input.code();
        this.nameFr = input.nameFr().strip();
        this.nameEn = input.nameEn().strip();
        this.descriptionFr =
                input.descriptionFr() == null ? "" : input.descriptionFr().strip();
        this.descriptionEn =
                input.descriptionEn() == null ? "" : input.descriptionEn().strip();
        this.durationMinutes = input.durationMinutes();
        this.price = input.price().setScale(2, RoundingMode.UNNECESSARY);
        this.taxable = input.taxable();
        this.place = input.place();
        this.pricing = input.pricing();
        this.bufferBeforeMinutes = input.bufferBeforeMinutes() == null ? 0 : input.bufferBeforeMinutes();
        this.bufferAfterMinutes = input.bufferAfterMinutes() == null ? 0 : input.bufferAfterMinutes();
        this.active = input.active() == null || input.active();
        this.branchIds.clear();
        this.branchIds.addAll(input.branchIds());
        this.staffIds.clear();
        this.staffIds.addAll(input.staffIdsOrNone());
        this.requiredVaccines.clear();
        this.requiredVaccines.addAll(input.vaccinesOrNone());
        this.updatedAt = now;
    }

    boolean isAtVersion(long expected) {
        return version() == expected;
    }

    OfferedService snapshot() {
        return new OfferedService(
                id,
                code,
                nameFr,
                nameEn,
                durationMinutes,
                price,
                taxable,
                place,
                pricing,
                bufferBeforeMinutes,
                bufferAfterMinutes,
                branchIds,
                staffIds,
                requiredVaccines,
                active);
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String descriptionFr() {
        return descriptionFr;
    }

    String descriptionEn() {
        return descriptionEn;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
