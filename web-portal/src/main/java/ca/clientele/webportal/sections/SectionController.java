package ca.clientele.webportal.sections;

import ca.clientele.webportal.registry.ClientArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The account-area pages that are announced but not offered yet; no placeholder data. */
@Controller
@ClientArea
class SectionController {

    @GetMapping("/paiements")
    String paymentMethods(Model model) {
        return show(Section.PAYMENT_METHODS, model);
    }

    private static String show(Section section, Model model) {
        model.addAttribute("section", section.key());
        return "section";
    }
}
