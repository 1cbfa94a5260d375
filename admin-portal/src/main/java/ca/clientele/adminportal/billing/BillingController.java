package ca.clientele.adminportal.billing;

import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
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

/**
 * A client's billing as staff handle it: an order's page (lines, taxes, payments and refunds) with "Enregistrer un
 * paiement" (cash, Interac, card terminal, credit balance; partial allowed) and "Rembourser" (full or partial, to the
 * card, the credit balance or by hand), and the credit balance's page with its ledger and "Ajuster le solde" (a
 * reason required). A refused form shows the page again with the service's message next to its field.
 */
@Controller
class BillingController {

    static final List<String> PAYMENT_METHODS = List.of("INTERAC", "CASH", "CARD_TERMINAL", "CREDIT");
    static final List<String> REFUND_TARGETS = List.of("CREDIT", "CARD", "INTERAC", "CASH", "CARD_TERMINAL");
    static final List<String> NOTICES = List.of("paid", "refunded", "adjusted");

    private final BillingClient billing;

    BillingController(BillingClient billing) {
        this.billing = billing;
    }

    @GetMapping("/clients/{clientId}/commandes/{orderId}")
    String order(
            @PathVariable UUID clientId,
            @PathVariable UUID orderId,
            @RequestParam(required = false) String notice,
            Model model) {
        BillingClient.Order order = billing.order(orderId);
        model.addAttribute("paymentForm", PaymentForm.of(order.amountDueAmount()));
        model.addAttribute("refundForm", RefundForm.of(order.refundableAmount()));
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return orderPage(clientId, order, model);
    }

    @PostMapping("/clients/{clientId}/commandes/{orderId}/paiements")
    String pay(
            @PathVariable UUID clientId,
            @PathVariable UUID orderId,
            @Valid @ModelAttribute("paymentForm") PaymentForm form,
            BindingResult result,
            Model model) {
        if (ServiceForms.submit(result, () -> billing.pay(orderId, form.toRequest()))
                .isPresent()) {
            return "redirect:/clients/" + clientId + "/commandes/" + orderId + "?notice=paid";
        }
        BillingClient.Order order = billing.order(orderId);
        model.addAttribute("refundForm", RefundForm.of(order.refundableAmount()));
        return orderPage(clientId, order, model);
    }

    @PostMapping("/clients/{clientId}/commandes/{orderId}/remboursements")
    String refund(
            @PathVariable UUID clientId,
            @PathVariable UUID orderId,
            @Valid @ModelAttribute("refundForm") RefundForm form,
            BindingResult result,
            Model model) {
        if (ServiceForms.submit(result, () -> billing.refund(orderId, form.toRequest()))
                .isPresent()) {
            return "redirect:/clients/" + clientId + "/commandes/" + orderId + "?notice=refunded";
        }
        BillingClient.Order order = billing.order(orderId);
        model.addAttribute("paymentForm", PaymentForm.of(order.amountDueAmount()));
        return orderPage(clientId, order, model);
    }

    @GetMapping("/clients/{clientId}/credit")
    String credit(@PathVariable UUID clientId, @RequestParam(required = false) String notice, Model model) {
        model.addAttribute("adjustmentForm", AdjustmentForm.empty());
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return creditPage(clientId, model);
    }

    @PostMapping("/clients/{clientId}/credit")
    String adjust(
            @PathVariable UUID clientId,
            @Valid @ModelAttribute("adjustmentForm") AdjustmentForm form,
            BindingResult result,
            Model model) {
        if (ServiceForms.submit(result, () -> billing.adjust(clientId, form.toRequest()))
                .isPresent()) {
            return "redirect:/clients/" + clientId + "/credit?notice=adjusted";
        }
        return creditPage(clientId, model);
    }

    private String orderPage(UUID clientId, BillingClient.Order order, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("order", order);
        model.addAttribute("paymentMethods", PAYMENT_METHODS);
        model.addAttribute("refundTargets", REFUND_TARGETS);
        return "billing/order";
    }

    private String creditPage(UUID clientId, Model model) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("credit", billing.credit(clientId));
        return "billing/credit";
    }
}
