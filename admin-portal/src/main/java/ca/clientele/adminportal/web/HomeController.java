package ca.clientele.adminportal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /admin/ opens the client list, the staff's starting point. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/clients";
    }
}
