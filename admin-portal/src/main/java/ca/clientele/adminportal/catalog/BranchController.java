package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.web.AdminRole;
import ca.clientele.adminportal.web.Fallback;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
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
 * The branches (succursales) of the timesheet: the list, and one page per branch with its opening
 * hours per weekday and its closures (holidays). Staff read; administrators write.
 */
@Controller
class BranchController {

    private final CatalogClient catalog;

    BranchController(CatalogClient catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/catalog/branches")
    String branches(Model model) {
        model.addAttribute("branchList", catalog.branches(true));
        return "catalog/branches";
    }

    @GetMapping("/catalog/branches/{id}")
    String branch(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done);
        return page(id, model);
    }

    @PostMapping("/catalog/branches/{id}/hours")
    ModelAndView hours(
            @PathVariable UUID id, @Valid @ModelAttribute HoursForm hoursForm, BindingResult binding, Model model) {
        AdminRole.require();
        return ServiceForms.submit(binding, () -> catalog.changeHours(id, hoursForm.toChange()))
                .map(saved -> SeeOther.to("/catalog/branches/" + id + "?done=hours"))
                .orElseGet(() -> new ModelAndView(page(id, model), model.asMap()));
    }

    @PostMapping("/catalog/branches/{id}/closures")
    ModelAndView close(
            @PathVariable UUID id, @Valid @ModelAttribute ClosureForm closureForm, BindingResult binding, Model model) {
        AdminRole.require();
        return ServiceForms.submit(binding, () -> catalog.close(id, closureForm.toClosure()))
                .map(added -> SeeOther.to("/catalog/branches/" + id + "?done=closure-added#closures"))
                .orElseGet(() -> new ModelAndView(page(id, model), model.asMap()));
    }

    @PostMapping("/catalog/branches/{id}/closures/{closureId}/delete")
    ModelAndView reopen(@PathVariable UUID id, @PathVariable UUID closureId) {
        AdminRole.require();
        catalog.reopen(id, closureId);
        return SeeOther.to("/catalog/branches/" + id + "?done=closure-removed#closures");
    }

    private String page(UUID id, Model model) {
        BranchDetails branch = catalog.branch(id);
        model.addAttribute("branch", branch);
        if (!model.containsAttribute("hoursForm")) {
            model.addAttribute("hoursForm", HoursForm.of(branch));
        }
        if (!model.containsAttribute("closureForm")) {
            model.addAttribute("closureForm", new ClosureForm(null, null));
        }
        Fallback.intoModel(model, "closures", () -> catalog.closures(id));
        return "catalog/branch";
    }
}
