package ca.clientele.webportal.payment;

import ca.clientele.webportal.billingservice.CardAvailability;
import ca.clientele.webportal.billingservice.PaymentMethodClient;
import ca.clientele.webportal.billingservice.SavedCard;
import ca.clientele.webportal.registry.ClientArea;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Modes de paiement": the client's saved cards, adding one in Stripe's own card field (the number never reaches
 * us), removing one. Without Stripe (no key, or Stripe unreachable) the page says card payment is unavailable.
 */
@Controller
@ClientArea
class PaymentMethodsController {

    private final PaymentMethodClient methods;
    private final CardAvailabilities availabilities;

    PaymentMethodsController(PaymentMethodClient methods, CardAvailabilities availabilities) {
        this.methods = methods;
        this.availabilities = availabilities;
    }

    @GetMapping("/paiements")
    String list(
            @RequestParam(name = "ajoute", required = false) String added,
            @RequestParam(name = "retire", required = false) String removed,
            Model model) {
        CardAvailability availability = availabilities.now();
        List<SavedCard> cards = availability.available() ? methods.list() : List.of();
        model.addAttribute("availability", availability);
        model.addAttribute("cards", cards);
        model.addAttribute("added", added != null);
        model.addAttribute("removed", removed != null);
        return "payments/methods";
    }

    @GetMapping("/paiements/ajouter")
    String add(Model model) {
        CardAvailability availability = availabilities.now();
        if (!availability.available()) {
            return "redirect:/paiements";
        }
        model.addAttribute("availability", availability);
        model.addAttribute("setup", methods.startSetup(new PaymentMethodClient.SetupRequest(UUID.randomUUID())));
        return "payments/add";
    }

    @PostMapping("/paiements/{id}/retirer")
    String remove(@PathVariable String id) {
        methods.remove(id);
        return "redirect:/paiements?retire";
    }
}
