package ca.clientele.adminportal.events;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** One event in full ("En appuyant sur un évènement vous pouvez accéder à plus d'informations"). */
@Controller
class EventController {

    private final EventClient events;

    EventController(EventClient events) {
        this.events = events;
    }

    /** {@code client}: the record the event was opened from (the timeline links with it), for the way back. */
    @GetMapping("/events/{eventId}")
    String event(@PathVariable String eventId, @RequestParam(required = false) UUID client, Model model) {
        model.addAttribute("event", events.event(eventId));
        model.addAttribute("clientId", client);
        return "events/event";
    }
}
