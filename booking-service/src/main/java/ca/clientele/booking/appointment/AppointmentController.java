package ca.clientele.booking.appointment;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Appointments: booking, lists, moving, cancelling, completing, report cards (ADR 0019). */
@RestController
@RequestMapping("/api/bookings")
class AppointmentController {

    private final Bookings bookings;
    private final AppointmentChanges changes;
    private final AppointmentQueries queries;
    private final ReportCards reportCards;

    AppointmentController(
            Bookings bookings, AppointmentChanges changes, AppointmentQueries queries, ReportCards reportCards) {
        this.bookings = bookings;
        this.changes = changes;
        this.queries = queries;
        this.reportCards = reportCards;
    }

    /** One appointment, or with {@code recurrence} a series (its booked occurrences and its conflicts). */
    @PostMapping
    @ApiResponse(
            responseCode = "201",
            content = @Content(schema = @Schema(oneOf = {AppointmentView.class, SeriesView.class})))
    ResponseEntity<Object> book(
            @Valid @RequestBody NewBooking request, @Parameter(hidden = true) Caller caller, Locale locale) {
        if (request.recurrence() != null) {
            SeriesView series = bookings.bookSeries(request, caller, locale);
            return ResponseEntity.created(URI.create(
                            "/api/bookings/" + series.booked().getFirst().id()))
                    .body(series);
        }
        AppointmentView booked = bookings.book(request, caller, locale);
        return ResponseEntity.created(URI.create("/api/bookings/" + booked.id()))
                .body(booked);
    }

    /**
     * A client names themself as {@code clientId} (404 otherwise). {@code from}/{@code to}: a date (the day's
     * start in Montreal's time, {@code to} inclusive) or an instant; the start falls in [from, to).
     */
    @GetMapping
    AppointmentPage list(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) List<AppointmentStatus> status,
            @RequestParam(required = false) @Pattern(regexp = "upcoming|past") String when,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        TimeRange range = TimeRange.parse(from, to);
        return queries.list(
                new AppointmentQueries.Criteria(clientId, staffId, branchId, range.from(), range.to(), status, when),
                page,
                size,
                caller,
                locale);
    }

    /** The report cards of a client (all pets) or one pet, newest first (a client: their own, shared ones). */
    @GetMapping("/report-cards")
    List<ReportCardView> reportCardHistory(
            @RequestParam UUID clientId,
            @RequestParam(required = false) UUID petId,
            @Parameter(hidden = true) Caller caller) {
        return queries.reportCards(clientId, petId, caller);
    }

    @GetMapping("/{id}")
    AppointmentView get(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return queries.get(id, caller, locale);
    }

    @PostMapping("/{id}/cancel")
    AppointmentView cancel(
            @PathVariable UUID id,
            @Valid @RequestBody Cancellation request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return changes.cancel(id, request, caller, locale);
    }

    @PostMapping("/{id}/move")
    AppointmentView move(
            @PathVariable UUID id,
            @Valid @RequestBody Move request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return bookings.move(id, request, caller, locale);
    }

    /** Staff change the service and pets (and maybe the time and staff member) of a live appointment. */
    @PostMapping("/{id}/change")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    AppointmentView change(
            @PathVariable UUID id,
            @Valid @RequestBody AppointmentChange request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return bookings.change(id, request, caller, locale);
    }

    @PostMapping("/{id}/complete")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    AppointmentView complete(
            @PathVariable UUID id,
            @Valid @RequestBody VersionedRequest request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return changes.complete(id, request, caller, locale);
    }

    @PostMapping("/{id}/no-show")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    AppointmentView noShow(
            @PathVariable UUID id,
            @Valid @RequestBody VersionedRequest request,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return changes.noShow(id, request, caller, locale);
    }

    @PutMapping("/{id}/report-cards/{petId}")
    @PreAuthorize("hasRole('staff') or hasRole('admin')")
    ReportCardView writeReportCard(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @Valid @RequestBody ReportCardInput request,
            @Parameter(hidden = true) Caller caller) {
        return reportCards.write(id, petId, request, caller);
    }
}
