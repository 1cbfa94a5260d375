package ca.clientele.booking.slot;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The free starts of one date (in the branch's zone), per staff member who has any (in name order), each member's in
 * order; an appointment at any of them would last {@code minutes}. Grouped by staff member rather than one object per
 * slot: a month of every staff member's starts is about 10,000, and naming the member and the end in each made the
 * answer five times the size, and writing and reading it most of a search's time.
 */
public record SlotDay(LocalDate date, int minutes, List<StaffStarts> staff) {

    public SlotDay {
        staff = List.copyOf(staff);
    }

    /** One staff member's free starts of the date, in order. */
    public record StaffStarts(UUID staffId, String staffName, List<Instant> starts) {

        public StaffStarts {
            starts = List.copyOf(starts);
        }
    }

    /** Every slot of the date, by start then staff name. */
    @JsonIgnore
    public List<Slot> slots() {
        Duration length = Duration.ofMinutes(minutes);
        List<Slot> slots = new ArrayList<>();
        for (StaffStarts member : staff) {
            for (Instant start : member.starts()) {
                slots.add(new Slot(start, start.plus(length), member.staffId(), member.staffName()));
            }
        }
        // Stable: the staff members are in name order.
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }
}
