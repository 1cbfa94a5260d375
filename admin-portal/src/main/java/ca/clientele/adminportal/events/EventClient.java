package ca.clientele.adminportal.events;

import ca.clientele.adminportal.web.ServicePage;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The event service's timeline calls (newest first, as the service orders them). */
@HttpExchange("/api/events")
interface EventClient {

    @GetExchange
    ServicePage<EventEntry> timeline(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);

    @GetExchange("/{id}")
    EventEntry event(@PathVariable String id);
}
