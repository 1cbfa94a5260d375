package ca.clientele.webportal.bookingservice;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * One day of free slots as the booking-service answers them: each staff member's free starts (in name order), every
 * appointment lasting {@code minutes}. The screens want slots by start: {@link #toSlotDay()}.
 */
public record FreeStarts(LocalDate date, int minutes, List<StaffStarts> staff) {

    public FreeStarts {
        staff = staff == null ? List.of() : staff;
    }

    /** One staff member's free starts of the day, in order. */
    public record StaffStarts(UUID staffId, String staffName, List<Instant> starts) {

        public StaffStarts {
            starts = starts == null ? List.of() : starts;
        }
    }

    /** The day's slots by start, then staff name (the sort is stable and the staff come in name order). */
    public SlotDay toSlotDay() {
        Duration length = Duration.ofMinutes(minutes);
        List<SlotDay.Slot> slots = new ArrayList<>();
        for (StaffStarts member : staff) {
            for (Instant start : member.starts()) {
                slots.add(new SlotDay.Slot(start, start.plus(length), member.staffId(), member.staffName()));
            }
        }
        slots.sort(Comparator.comparing(SlotDay.Slot::start));
        return new SlotDay(date, slots);
    }
}
