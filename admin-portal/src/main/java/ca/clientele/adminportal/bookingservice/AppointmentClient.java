package ca.clientele.adminportal.bookingservice;

import ca.clientele.adminportal.web.ServicePage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * booking-service's appointments as staff handle them (ISSUE10 plan, "Appointments API"): the
 * timesheet's appointments of a branch or a staff member, a client's past and upcoming ones, booking
 * for any client, moving, cancelling, "Terminé" and "Absent", and the report cards per pet.
 * Filters left null are not sent.
 */
@HttpExchange("/api/bookings")
public interface AppointmentClient {

    @GetExchange
    ServicePage<Appointment> search(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String when,
            @RequestParam int page,
            @RequestParam int size);

    @GetExchange("/{id}")
    Appointment appointment(@PathVariable UUID id);

    @PostExchange
    Appointment book(@RequestBody NewBooking booking);

    /** A series: each occurrence its own appointment; those not booked come back as conflicts. */
    @PostExchange
    SeriesView bookSeries(@RequestBody NewBooking booking);

    @PostExchange("/{id}/move")
    Appointment move(@PathVariable UUID id, @RequestBody Move move);

    /** Staff change the service and pets (start and staff null: unchanged). */
    @PostExchange("/{id}/change")
    Appointment change(@PathVariable UUID id, @RequestBody Change change);

    @PostExchange("/{id}/cancel")
    Appointment cancel(@PathVariable UUID id, @RequestBody Cancel cancel);

    @PostExchange("/{id}/complete")
    Appointment complete(@PathVariable UUID id, @RequestBody Version version);

    @PostExchange("/{id}/no-show")
    Appointment noShow(@PathVariable UUID id, @RequestBody Version version);

    @PutExchange("/{id}/report-cards/{petId}")
    ReportCard fillReportCard(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody ReportCardBody card);

    /** A client's cards, newest first ({@code petId} null: every pet's). */
    @GetExchange("/report-cards")
    List<ReportCard> reportCards(@RequestParam UUID clientId, @RequestParam(required = false) UUID petId);

    /** A staff booking: for any client (a phone client without portal account too), one occurrence. */
    record NewBooking(
            UUID clientId,
            UUID serviceId,
            UUID branchId,
            UUID staffId,
            Instant start,
            List<UUID> petIds,
            List<String> petNames,
            String clientName,
            Location location,
            String notes,
            @JsonInclude(JsonInclude.Include.NON_NULL) Recurrence recurrence) {}

    /** Every N weeks at the same local time, until a date (inclusive) or N times in all. */
    record Recurrence(int everyWeeks, LocalDate until, Integer count) {}

    /** A recurrence once booked: the occurrences booked, and those that could not be, with why. */
    record SeriesView(UUID seriesId, List<Appointment> booked, List<Conflict> conflicts) {

        public SeriesView {
            booked = booked == null ? List.of() : booked;
            conflicts = conflicts == null ? List.of() : conflicts;
        }

        /** An occurrence not booked; {@code message} in the caller's language. */
        public record Conflict(Instant start, String reason, String message) {}
    }

    /** Where a home visit goes (HOME services only; null in store). */
    record Location(String street, String city, String postalCode, BigDecimal latitude, BigDecimal longitude) {}

    /** {@code staffId} null keeps the staff member. */
    record Move(Instant start, UUID staffId, long version) {}

    /** Another service and other pets (their names to show, in the same order), from the version shown. */
    record Change(
            UUID serviceId, List<UUID> petIds, List<String> petNames, Instant start, UUID staffId, long version) {}

    record Cancel(String reason, long version) {}

    record Version(long version) {}

    record ReportCardBody(
            String done,
            String nails,
            String behaviour,
            String notesForNextTime,
            List<UUID> photoDocumentIds,
            boolean shared) {}
}
