package ca.clientele.webportal.payment;

import ca.clientele.platform.portal.ServiceUnavailableException;
import ca.clientele.webportal.billingservice.CardAvailability;
import ca.clientele.webportal.billingservice.PaymentMethodClient;
import ca.clientele.webportal.billingservice.SavedCard;
import ca.clientele.webportal.registry.ClientArea;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final MessageSource messages;

    PaymentMethodsController(PaymentMethodClient methods, MessageSource messages) {
        this.methods = methods;
        this.messages = messages;
    }

    @GetMapping("/paiements")
    String list(
            @RequestParam(name = "ajoute", required = false) String added,
            @RequestParam(name = "retire", required = false) String removed,
            Model model) {
        CardAvailability availability = availability();
        List<SavedCard> cards = availability.available() ? methods.list() : List.of();
        model.addAttribute("availability", availability);
        model.addAttribute("cards", cards);
        model.addAttribute("added", added != null);
        model.addAttribute("removed", removed != null);
        return "payments/methods";
    }

    @GetMapping("/paiements/ajouter")
    String add(Model model) {
        CardAvailability availability = availability();
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

    /** Billing's answer, or "unavailable" in words when billing itself cannot be reached. */
    private CardAvailability availability() {
        try {
            return methods.availability();
        } catch (ServiceUnavailableException down) {
            return new CardAvailability(
                    false, null, null, messages.getMessage("card.unavailable", null, LocaleContextHolder.getLocale()));
        }
    }
}
