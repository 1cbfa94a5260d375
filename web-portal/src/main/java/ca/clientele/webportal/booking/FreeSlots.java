package ca.clientele.webportal.booking;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.webportal.bookingservice.CatalogueClient;
import ca.clientele.webportal.bookingservice.FreeStarts;
import ca.clientele.webportal.bookingservice.NewBooking.Location;
import ca.clientele.webportal.bookingservice.SlotDay;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The free slots a booking or a move offers: a week from the chosen day, never before today (the
 * service applies the minimum notice and the maximum advance), every day of it listed even when
 * the service has nothing that day, so the client reads "Aucun créneau" rather than a missing day.
 */
@Component
class FreeSlots {

    static final int DAYS = 7;

    private final CatalogueClient catalogue;
    private final Clock clock;

    FreeSlots(CatalogueClient catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Today on the business's calendar. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(DisplayFormat.ZONE));
    }

    /**
     * A day as a date input sends it ("2026-12-03"), read by the page rather than bound, so that an
     * unreadable one leaves the page's other choices in place; empty when blank, {@link
     * java.time.format.DateTimeParseException} when unreadable.
     */
    static Optional<LocalDate> typed(String day) {
        return day == null || day.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(day.strip()));
    }

    /** The first day to show: the day asked for (today when none or past), moved a week by "week". */
    LocalDate firstDay(LocalDate asked, String week) {
        LocalDate day = asked == null ? today() : asked;
        if ("next".equals(week)) {
            day = day.plusDays(DAYS);
        } else if ("previous".equals(week)) {
            day = day.minusDays(DAYS);
        }
        return day.isBefore(today()) ? today() : day;
    }

    /** The week from {@code first}; {@code visit} only for a home visit. */
    Week week(UUID serviceId, UUID branchId, int pets, LocalDate first, Location visit) {
        return new Week(first, today(), days(serviceId, branchId, pets, first, first.plusDays(DAYS - 1), visit));
    }

    /** One day, for the fresh slots after a slot was taken or to check the chosen one. */
    SlotDay day(UUID serviceId, UUID branchId, int pets, LocalDate day, Location visit) {
        return days(serviceId, branchId, pets, day, day, visit).getFirst();
    }

    private List<SlotDay> days(UUID serviceId, UUID branchId, int pets, LocalDate from, LocalDate to, Location visit) {
        Map<LocalDate, SlotDay> found = catalogue
                .slots(
                        serviceId,
                        branchId,
                        from,
                        to,
                        pets,
                        visit == null ? null : visit.latitude(),
                        visit == null ? null : visit.longitude(),
                        visit == null ? null : visit.postalCode())
                .stream()
                .map(FreeStarts::toSlotDay)
                .collect(Collectors.toMap(SlotDay::date, Function.identity(), (first, second) -> first));
        return from.datesUntil(to.plusDays(1))
                .map(date -> found.getOrDefault(date, new SlotDay(date, List.of())))
                .toList();
    }

    /** A week of slots and where "Semaine précédente" may go. */
    record Week(LocalDate first, LocalDate today, List<SlotDay> days) {

        public LocalDate last() {
            return first.plusDays(DAYS - 1);
        }

        /** No going back before today. */
        public boolean hasPrevious() {
            return first.isAfter(today);
        }

        /** Free slots in the whole week. */
        public int slotCount() {
            return days.stream().mapToInt(day -> day.slots().size()).sum();
        }
    }
}
