package ca.clientele.booking.branch;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A branch (succursale): where clients are served and whose local time slots are booked in. */
@Entity
@Table(name = "branch")
class Branch {

    static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("America/Montreal");

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String street;

    @Column(nullable = false)
    private String city;

    @Column(nullable = false)
    private String province;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String timezone;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** Weekly opening hours in the branch's local time; none on a day = closed that day. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "branch_hours", joinColumns = @JoinColumn(name = "branch_id"))
    private List<OpeningRange> hours = new ArrayList<>();

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected Branch() {
        // for JPA
    }

    /** A new branch is open (active) at once. */
    static Branch open(String code, String name, BranchAddress address, ZoneId timezone, Instant now) {
        Branch branch = new Branch();
        branch.id = UUID.randomUUID();
        branch.code = code;
        branch.createdAt = now;
        branch.active = true;
        branch.apply(name, address, timezone, now);
        return branch;
    }

    /**
     * Replaces the editable state. Deactivating keeps the branch (past appointments point to it) but
     * hides it from clients.
     */
    void change(String name, BranchAddress address, ZoneId timezone, boolean active, Instant now) {
        this.active = active;
        apply(name, address, timezone, now);
    }

    /** Whether the editor worked on the current state of this branch. */
    boolean isAtVersion(long expected) {
        return version() == expected;
    }

    /** Replaces the weekly opening hours (already checked: no overlap within a day). */
    void changeHours(List<OpeningHours> newHours, Instant now) {
        hours.clear();
        newHours.forEach(range -> hours.add(OpeningRange.of(range)));
        this.updatedAt = now;
    }

    List<OpeningHours> hours() {
        return hours.stream()
                .map(OpeningRange::toHours)
                .sorted(Comparator.comparing(OpeningHours::dayOfWeek).thenComparing(OpeningHours::opens))
                .toList();
    }

    private void apply(String name, BranchAddress address, ZoneId timezone, Instant now) {
        this.name = name.strip();
        this.street = address.street();
        this.city = address.city();
        this.province = address.province();
        this.postalCode = address.postalCode();
        this.timezone = timezone.getId();
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    BranchAddress address() {
        return new BranchAddress(street, city, province, postalCode);
    }

    ZoneId timezone() {
        return ZoneId.of(timezone);
    }

    boolean active() {
        return active;
    }

    long version() {
        return version == null ? 0 : version;
    }
}
