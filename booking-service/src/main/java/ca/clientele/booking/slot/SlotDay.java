package ca.clientele.booking.slot;

import java.time.LocalDate;
import java.util.List;

/** The free slots of one date (in the branch's zone), ordered by start then staff name; empty when none. */
public record SlotDay(LocalDate date, List<Slot> slots) {

    public SlotDay {
        slots = List.copyOf(slots);
    }
}
