package ca.clientele.booking.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** Working hours outside the weekly ones: one date, at a branch, in the branch's local time. */
@Entity
@Table(name = "staff_extra_hours")
class ExtraHoursEntry {

    @Id
    private UUID id;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private UUID staffId;

    @Column(name = "branch_id", nullable = false, updatable = false)
    private UUID branchId;

    @Column(nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false)
    private LocalTime starts;

    @Column(nullable = false, updatable = false)
    private LocalTime ends;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ExtraHoursEntry() {
        // for JPA
    }

    ExtraHoursEntry(UUID staffId, NewExtraHours request, Instant now) {
        this.id = UUID.randomUUID();
        this.staffId = staffId;
        this.branchId = request.branchId();
        this.date = request.date();
        this.starts = request.starts();
        this.ends = request.ends();
        this.createdAt = now;
    }

    UUID staffId() {
        return staffId;
    }

    ExtraHours view() {
        return new ExtraHours(id, branchId, date, starts, ends);
    }
}
