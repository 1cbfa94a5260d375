package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.events.Timeline;
import ca.clientele.platform.portal.ServiceUnavailableException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.ResourceAccessException;

/**
 * One client, in the sections of the seed's Client application: general information and the
 * events timeline today; documents, appointments and options are announced.
 */
@Controller
class ClientPageController {

    private final RegistryClient registry;
    private final Timeline timeline;

    ClientPageController(RegistryClient registry, Timeline timeline) {
        this.registry = registry;
        this.timeline = timeline;
    }

    @GetMapping("/clients/{id}")
    String client(@PathVariable UUID id, Model model) {
        model.addAttribute("client", registry.client(id));
        try {
            model.addAttribute("timeline", timeline.recent(id));
        } catch (ServiceUnavailableException | ResourceAccessException eventsDown) {
            // The record is still worth showing; section 3 says its events are unavailable.
            model.addAttribute("timelineUnavailable", true);
        }
        return "clients/client";
    }
}
