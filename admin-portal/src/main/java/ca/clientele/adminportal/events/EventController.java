package ca.clientele.adminportal.events;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One event in full ("En appuyant sur un évènement vous pouvez accéder à plus d'informations"). */
@Controller
class EventController {

    private final EventClient events;

    EventController(EventClient events) {
        this.events = events;
    }

    @GetMapping("/events/{eventId}")
    String event(@PathVariable String eventId, Model model) {
        model.addAttribute("event", events.event(eventId));
        return "events/event";
    }
}
