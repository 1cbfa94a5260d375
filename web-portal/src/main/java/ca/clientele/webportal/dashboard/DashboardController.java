package ca.clientele.webportal.dashboard;

import ca.clientele.webportal.registry.ClientArea;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Tableau de bord: the greeting of the seed and a summary of the client's record. */
@Controller
@ClientArea
class DashboardController {

    @GetMapping("/")
    String dashboard() {
        return "dashboard";
    }
}
