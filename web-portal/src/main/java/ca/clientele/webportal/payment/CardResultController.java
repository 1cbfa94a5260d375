package ca.clientele.webportal.payment;

import ca.clientele.webportal.billingservice.CardIntentStatus;
import ca.clientele.webportal.billingservice.CardPaymentClient;
import ca.clientele.webportal.registry.ClientArea;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * After Stripe.js confirmed a card payment: the order is paid only when Stripe's webhook says so, so this page says
 * "being confirmed" until billing has recorded it, and refreshes itself (htmx) meanwhile.
 */
@Controller
@ClientArea
class CardResultController {

    private final CardPaymentClient payments;

    CardResultController(CardPaymentClient payments) {
        this.payments = payments;
    }

    @GetMapping("/orders/{orderId}/pay/card/result")
    String result(
            @PathVariable UUID orderId,
            @RequestParam(name = "payment_intent") String paymentIntentId,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            Model model) {
        CardIntentStatus status = payments.status(paymentIntentId);
        model.addAttribute("orderId", orderId);
        model.addAttribute("paymentIntentId", paymentIntentId);
        model.addAttribute("status", status);
        return htmx ? "payments/card-result :: outcome" : "payments/card-result";
    }
}
