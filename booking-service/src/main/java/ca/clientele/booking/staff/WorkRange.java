package ca.clientele.booking.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A row of {@code staff_hours}: a branch, an ISO day number (1 = Monday) and the range in the branch's time. */
@Embeddable
class WorkRange {

    @Column(name = "branch_id", nullable = false)
    private UUID branchId;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(nullable = false)
    private LocalTime starts;

    @Column(nullable = false)
    private LocalTime ends;

    protected WorkRange() {
        // for JPA
    }

    static WorkRange of(WeeklyHours hours) {
        WorkRange range = new WorkRange();
        range.branchId = hours.branchId();
        range.dayOfWeek = (short) hours.dayOfWeek().getValue();
        range.starts = hours.starts();
        range.ends = hours.ends();
        return range;
    }

    WeeklyHours toHours() {
        return new WeeklyHours(branchId, DayOfWeek.of(dayOfWeek), starts, ends);
    }
}
