package ca.clientele.booking.branch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A date a branch is closed (a holiday), whatever its weekly hours say. */
@Entity
@Table(name = "branch_closure")
class BranchClosure {

    @Id
    private UUID id;

    @Column(name = "branch_id", nullable = false, updatable = false)
    private UUID branchId;

    @Column(nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BranchClosure() {
        // for JPA
    }

    BranchClosure(UUID branchId, LocalDate date, String reason, Instant now) {
        this.id = UUID.randomUUID();
        this.branchId = branchId;
        this.date = date;
        this.reason = reason.strip();
        this.createdAt = now;
    }

    ClosureView view() {
        return new ClosureView(id, date, reason);
    }

    UUID branchId() {
        return branchId;
    }

    LocalDate date() {
        return date;
    }
}
