package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.OfferedService;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The services offered ("Taille des griffes", "Visites à domicile"): the list, inactive ones
 * included, and one form to create or edit each. Saved: 303 back to the list with what was done;
 * refused: the form again with booking-service's messages next to the fields (409: changed meanwhile).
 */
@Controller
class ServiceController {

    private final CatalogClient catalog;
    private final CatalogChoices choices;

    ServiceController(CatalogClient catalog, CatalogChoices choices) {
        this.catalog = catalog;
        this.choices = choices;
    }

    @GetMapping("/catalog/services")
    String services(@RequestParam(required = false) String done, Model model) {
        List<OfferedService> services = catalog.services(true).stream()
                .sorted(Comparator.comparing(OfferedService::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                .toList();
        model.addAttribute("services", services);
        model.addAttribute("done", done);
        choices.fill(model);
        return "catalog/services";
    }

    @GetMapping("/catalog/services/new")
    String create(Model model) {
        model.addAttribute("serviceForm", ServiceForm.blank());
        return form(null, model);
    }

    @GetMapping("/catalog/services/{id}")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("serviceForm", ServiceForm.of(catalog.service(id)));
        return form(id, model);
    }

    @PostMapping("/catalog/services")
    ModelAndView add(@Valid @ModelAttribute ServiceForm serviceForm, BindingResult binding, Model model) {
        return ServiceForms.submit(binding, () -> catalog.create(serviceForm.toBody()))
                .map(created -> SeeOther.to("/catalog/services?done=created"))
                .orElseGet(() -> new ModelAndView(form(null, model), model.asMap()));
    }

    @PostMapping("/catalog/services/{id}")
    ModelAndView save(
            @PathVariable UUID id, @Valid @ModelAttribute ServiceForm serviceForm, BindingResult binding, Model model) {
        return ServiceForms.submit(binding, () -> catalog.update(id, serviceForm.toBody()))
                .map(saved -> SeeOther.to("/catalog/services?done=saved"))
                .orElseGet(() -> new ModelAndView(form(id, model), model.asMap()));
    }

    private String form(UUID id, Model model) {
        model.addAttribute("serviceId", id);
        model.addAttribute("places", ServiceForm.PLACES);
        model.addAttribute("pricings", ServiceForm.PRICINGS);
        choices.fill(model);
        return "catalog/service";
    }
}
