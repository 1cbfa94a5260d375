package ca.clientele.booking.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A client waiting for a slot of a service between two dates (at a branch, or any). Offered once: the first freed
 * time in its range is offered to it (an event; the notifications issue sends the e-mail), then it leaves the line.
 */
@Entity
@Table(name = "waitlist_entry")
class WaitlistEntry {

    enum Status {
        WAITING,
        OFFERED
    }

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private long line;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "service_id", nullable = false, updatable = false)
    private UUID serviceId;

    @Column(name = "branch_id", updatable = false)
    private UUID branchId;

    @Column(name = "pet_ids", nullable = false, updatable = false)
    private UUID[] petIds;

    @Column(nullable = false, updatable = false)
    private LocalDate earliest;

    @Column(nullable = false, updatable = false)
    private LocalDate latest;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offered_start")
    private Instant offeredStart;

    @Column(name = "offered_staff_id")
    private UUID offeredStaffId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private Long version;

    protected WaitlistEntry() {
        // for JPA
    }

    WaitlistEntry(
            long line,
            UUID clientId,
            UUID serviceId,
            UUID branchId,
            List<UUID> petIds,
            LocalDate earliest,
            LocalDate latest,
            Instant now) {
        this.id = UUID.randomUUID();
        this.line = line;
        this.clientId = clientId;
        this.serviceId = serviceId;
        this.branchId = branchId;
        this.petIds = petIds.toArray(UUID[]::new);
        this.earliest = earliest;
        this.latest = latest;
        this.status = Status.WAITING;
        this.createdAt = now;
    }

    void offer(Instant start, UUID staffId, Instant now) {
        this.status = Status.OFFERED;
        this.offeredStart = start;
        this.offeredStaffId = staffId;
        this.offeredAt = now;
    }

    UUID id() {
        return id;
    }

    long line() {
        return line;
    }

    UUID clientId() {
        return clientId;
    }

    UUID serviceId() {
        return serviceId;
    }

    UUID branchId() {
        return branchId;
    }

    List<UUID> petIds() {
        return Arrays.asList(petIds);
    }

    LocalDate earliest() {
        return earliest;
    }

    LocalDate latest() {
        return latest;
    }

    Status status() {
        return status;
    }

    Instant offeredAt() {
        return offeredAt;
    }

    Instant offeredStart() {
        return offeredStart;
    }

    UUID offeredStaffId() {
        return offeredStaffId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
