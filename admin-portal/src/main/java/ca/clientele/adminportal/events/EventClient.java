package ca.clientele.adminportal.events;

import ca.clientele.adminportal.web.ServicePage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The event service's read calls: a client's timeline or every event (newest first, as the service
 * orders them), one event, and a client's hash-chain verification (administrators).
 */
@HttpExchange("/api/events")
interface EventClient {

    @GetExchange
    ServicePage<EventEntry> timeline(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);

    /** Every filter optional; null parameters are left out of the query. */
    @GetExchange
    ServicePage<EventEntry> search(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) UUID actorId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam int page,
            @RequestParam int size);

    @GetExchange("/{id}")
    EventEntry event(@PathVariable String id);

    @GetExchange("/clients/{clientId}/verification")
    ChainVerification verification(@PathVariable UUID clientId);
}
