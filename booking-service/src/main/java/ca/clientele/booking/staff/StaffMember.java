package ca.clientele.booking.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A staff member who gives services, keyed by their Keycloak user id: weekly hours per branch, the services they give,
 * where they go for home visits. Deactivating keeps them (past appointments name them) but takes them out of slots.
 */
@Entity
@Table(name = "staff_member")
class StaffMember {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String email;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "base_latitude", precision = 9, scale = 6)
    private BigDecimal baseLatitude;

    @Column(name = "base_longitude", precision = 9, scale = 6)
    private BigDecimal baseLongitude;

    @Column(name = "radius_km", precision = 5, scale = 1)
    private BigDecimal radiusKm;

    @Column(name = "postal_prefixes", nullable = false)
    private String[] postalPrefixes = new String[0];

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_hours", joinColumns = @JoinColumn(name = "staff_id"))
    private List<WorkRange> hours = new ArrayList<>();

    // The same rows as a service's staff (service_staff): edited from either side.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_staff", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "service_id")
    private Set<UUID> serviceIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected StaffMember() {
        // for JPA
    }

    /** A new staff member is active, with no hours and no service yet. */
    static StaffMember register(UUID id, String name, String email, Instant now) {
        StaffMember member = new StaffMember();
        member.id = id;
        member.name = name.strip();
        member.email = email == null || email.isBlank() ? null : email.strip();
        member.active = true;
        member.createdAt = now;
        member.updatedAt = now;
        return member;
    }

    /** Replaces the editable state (already validated: ranges, known branches and services). */
    void change(StaffChanges changes, Instant now) {
        this.name = changes.name().strip();
        this.email = changes.email() == null || changes.email().isBlank()
                ? null
                : changes.email().strip();
        this.active = changes.active();
        this.hours.clear();
        changes.hours().forEach(range -> hours.add(WorkRange.of(range.toHours())));
        this.serviceIds.clear();
        this.serviceIds.addAll(changes.serviceIds());
        HomeArea area = changes.homeArea() == null ? null : changes.homeArea().toArea();
        this.baseLatitude = area == null ? null : area.baseLatitude();
        this.baseLongitude = area == null ? null : area.baseLongitude();
        this.radiusKm = area == null ? null : area.radiusKm();
        this.postalPrefixes =
                area == null ? new String[0] : area.postalPrefixes().toArray(String[]::new);
        this.updatedAt = now;
    }

    boolean isAtVersion(long expected) {
        return version() == expected;
    }

    StaffProfile profile() {
        return new StaffProfile(id, name, active, serviceIds, hours(), homeArea());
    }

    StaffView view() {
        return new StaffView(
                id, name, email, active, serviceIds.stream().sorted().toList(), hours(), homeArea(), version());
    }

    private List<WeeklyHours> hours() {
        return hours.stream()
                .map(WorkRange::toHours)
                .sorted(Comparator.comparing(WeeklyHours::dayOfWeek).thenComparing(WeeklyHours::starts))
                .toList();
    }

    /** None when nothing is set: the member then goes to any address. */
    private HomeArea homeArea() {
        if (baseLatitude == null && radiusKm == null && postalPrefixes.length == 0) {
            return null;
        }
        return new HomeArea(baseLatitude, baseLongitude, radiusKm, List.of(postalPrefixes));
    }

    UUID id() {
        return id;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
