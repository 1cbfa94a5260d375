package ca.clientele.adminportal.incidents;

import ca.clientele.adminportal.web.AdminRole;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * "Registre des incidents de confidentialité" (Law 25, s. 3.8; regulation, s. 7), for
 * administrators: the list with its filters and overdue entries highlighted, CSV and PDF exports
 * for the Commission d'accès à l'information, and each entry's form. Entries are opened by an
 * Incident call and never deleted here (the service keeps them 5 years).
 */
@Controller
class IncidentController {

    private final IncidentClient incidents;

    IncidentController(IncidentClient incidents) {
        this.incidents = incidents;
    }

    /** Runs before every handler of this controller: staff without the admin role get the 403 page. */
    @ModelAttribute
    void administratorsOnly() {
        AdminRole.require();
    }

    @GetMapping("/incidents")
    String register(@ModelAttribute("search") IncidentSearch search, Model model) {
        model.addAttribute("results", search.in(incidents));
        model.addAttribute("exportQuery", search.exportQuery());
        return "incidents/register";
    }

    @GetMapping("/incidents/{id}")
    String incident(@PathVariable UUID id, Model model) {
        IncidentView incident = incidents.incident(id);
        model.addAttribute("incidentForm", IncidentForm.of(incident));
        model.addAttribute("incident", incident);
        return "incidents/incident";
    }

    /** Saved: the form as stored (the overdue state may have changed). Refused: as typed, with the messages. */
    @PostMapping("/incidents/{id}")
    String save(
            @PathVariable UUID id,
            @Valid @ModelAttribute IncidentForm incidentForm,
            BindingResult binding,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        Optional<IncidentView> saved = ServiceForms.submit(binding, () -> incidents.update(id, incidentForm));
        saved.ifPresent(incident -> {
            ServiceForms.replace(model, "incidentForm", IncidentForm.of(incident));
            model.addAttribute("saved", true);
        });
        model.addAttribute("incident", saved.orElseGet(() -> incidents.incident(id)));
        return htmx ? "incidents/incident :: editor" : "incidents/incident";
    }
}
