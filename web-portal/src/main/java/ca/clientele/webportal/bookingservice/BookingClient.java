package ca.clientele.webportal.bookingservice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The client's appointments and waiting-list entries. Every call names the signed-in client's own
 * id; the service answers 404 for anything of another client, 403 for a suspended or banned client
 * who books or a change too close to the start, 409 for a slot just taken (or a stale version).
 */
@HttpExchange("/api/bookings")
public interface BookingClient {

    /** {@code when}: upcoming (soonest first) or past (newest first). */
    @GetExchange
    AppointmentPage list(
            @RequestParam UUID clientId, @RequestParam String when, @RequestParam int page, @RequestParam int size);

    @GetExchange("/{id}")
    AppointmentView get(@PathVariable UUID id);

    /** One appointment (no recurrence): 201 with it, "Non payé". */
    @PostExchange
    AppointmentView book(@RequestBody NewBooking booking);

    /**
     * A recurrence: each occurrence its own appointment; the ones that could not be booked come back
     * as conflicts, nothing is booked when the first one conflicts (409).
     */
    @PostExchange
    SeriesView bookSeries(@RequestBody NewBooking booking);

    @PostExchange("/{id}/cancel")
    AppointmentView cancel(@PathVariable UUID id, @RequestBody Cancellation cancellation);

    @PostExchange("/{id}/move")
    AppointmentView move(@PathVariable UUID id, @RequestBody Move move);

    @GetExchange("/waitlist")
    List<WaitlistEntry> waitlist(@RequestParam UUID clientId);

    @PostExchange("/waitlist")
    WaitlistEntry joinWaitlist(@RequestBody NewWaitlistEntry entry);

    @DeleteExchange("/waitlist/{id}")
    void leaveWaitlist(@PathVariable UUID id);

    /** "Annuler": why (optional) and the version the client saw. */
    record Cancellation(String reason, long version) {}

    /** "Déplacer": the new slot; {@code staffId} of the chosen slot. */
    record Move(Instant start, UUID staffId, long version) {}
}
