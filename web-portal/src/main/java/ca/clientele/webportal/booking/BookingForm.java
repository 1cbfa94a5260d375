package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.NewBooking;
import ca.clientele.webportal.bookingservice.SlotDay;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The confirm step: the chosen slot (service, branch, staff, start, pets: hidden fields the slot's
 * link filled), the client's notes, and an optional recurrence "toutes les N semaines, N fois".
 * {@code repeat} is a Boolean: an unticked box sends nothing. {@code end} and {@code staffName} are
 * only shown (the service works both out again): they spare the page a second slot search.
 */
record BookingForm(
        @NotNull UUID serviceId,
        @NotNull UUID branchId,
        @NotNull UUID staffId,
        @NotNull Instant start,
        @NotEmpty @Size(max = 6) List<UUID> petIds,
        @Size(max = 1000) String notes,
        Boolean repeat,
        @Min(1) @Max(12) Integer everyWeeks,
        @Min(2) @Max(52) Integer count,
        Instant end,
        @Size(max = 200) String staffName) {

    static final List<Integer> EVERY_WEEKS = List.of(1, 2, 3, 4, 6, 8, 12);
    static final List<Integer> COUNTS = List.of(2, 3, 4, 5, 6, 8, 10, 12, 26, 52);

    BookingForm {
        petIds = petIds == null ? List.of() : petIds;
    }

    /**
     * The same form on the slot the service offers (its end and staff name as it says them); a
     * recurrence not chosen yet offers every 4 weeks, 4 times.
     */
    BookingForm on(SlotDay.Slot slot) {
        return new BookingForm(
                serviceId,
                branchId,
                slot.staffId(),
                slot.start(),
                petIds,
                notes,
                repeat,
                everyWeeks == null ? 4 : everyWeeks,
                count == null ? 4 : count,
                slot.end(),
                slot.staffName());
    }

    /** Whether this is the slot the form names. */
    boolean names(SlotDay.Slot slot) {
        return slot.start().equals(start) && slot.staffId().equals(staffId);
    }

    boolean repeats() {
        return Boolean.TRUE.equals(repeat);
    }

    NewBooking toRequest(UUID clientId, List<String> petNames, NewBooking.Location visit) {
        return new NewBooking(
                clientId,
                serviceId,
                branchId,
                staffId,
                start,
                petIds,
                petNames,
                visit,
                notes,
                repeats() ? new NewBooking.Recurrence(everyWeeks, null, count) : null);
    }
}
