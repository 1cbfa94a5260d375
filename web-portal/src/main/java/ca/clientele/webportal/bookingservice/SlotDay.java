package ca.clientele.webportal.bookingservice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The free slots of one day (the branch's day), by start: what the screens show ({@link FreeStarts#toSlotDay()}). */
public record SlotDay(LocalDate date, List<Slot> slots) {

    public SlotDay {
        slots = slots == null ? List.of() : slots;
    }

    /** A free slot: when, and the staff member who would come or receive the pets. */
    public record Slot(Instant start, Instant end, UUID staffId, String staffName) {}
}
