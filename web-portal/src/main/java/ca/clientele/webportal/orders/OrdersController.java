package ca.clientele.webportal.orders;

import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.billingservice.CreditBalance;
import ca.clientele.webportal.billingservice.NewPayment;
import ca.clientele.webportal.billingservice.OrderClient;
import ca.clientele.webportal.billingservice.OrderDetail;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Rendez-vous confirmés": the seed's "Historique des rendez-vous" (Commande, Date, Statut, Total, Actions Payer, Voir,
 * Annuler, Facture exactly when they apply), ten a page, with the credit balance; an order's page ("Voir"); and the
 * pay page's "pay from my credit balance" part. An appointment's "Annuler" is booking's cancel page (its notice
 * rules); an unpaid shop order is cancelled here. Another client's order is the 404 page (billing answers 404).
 */
@Controller
@ClientArea
class OrdersController {

    static final int PAGE_SIZE = 10;
    static final List<String> NOTICES = List.of("paid", "cancelled");

    private final OrderClient orders;

    OrdersController(OrderClient orders) {
        this.orders = orders;
    }

    @GetMapping("/rendez-vous")
    String history(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestParam(required = false) String page,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore,
            Model model) {
        model.addAttribute("orders", orders.orders(pageNumber(page), PAGE_SIZE));
        if (htmx && !restore) {
            return "orders/history :: history";
        }
        model.addAttribute("credit", orders.credit(client.id()));
        return "orders/history";
    }

    @GetMapping("/commandes/{id}")
    String order(@PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        model.addAttribute("order", orders.order(id));
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return "orders/order";
    }

    @PostMapping("/commandes/{id}/annuler")
    String cancel(@PathVariable UUID id) {
        orders.cancel(id);
        return "redirect:/commandes/" + id + "?notice=cancelled";
    }

    /** The pay page: what is due, the credit balance to pay from; card payment is the card part's. */
    @GetMapping("/orders/{id}/pay")
    String payPage(
            @PathVariable UUID id, @ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        OrderDetail order = orders.order(id);
        if (!order.mayPay()) {
            return "redirect:/commandes/" + id;
        }
        CreditBalance credit = orders.credit(client.id());
        model.addAttribute("order", order);
        model.addAttribute("credit", credit);
        model.addAttribute("creditPaymentForm", new CreditPaymentForm(usable(order, credit)));
        return "orders/pay";
    }

    @PostMapping("/orders/{id}/pay/credit")
    String payFromCredit(
            @PathVariable UUID id,
            @Valid @ModelAttribute("creditPaymentForm") CreditPaymentForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        if (ServiceForms.submit(result, () -> orders.pay(id, NewPayment.fromCredit(form.amount())))
                .isPresent()) {
            return "redirect:/commandes/" + id + "?notice=paid";
        }
        model.addAttribute("order", orders.order(id));
        model.addAttribute("credit", orders.credit(client.id()));
        return "orders/pay";
    }

    /** What the balance can pay: the smaller of the balance and what is due. */
    private static BigDecimal usable(OrderDetail order, CreditBalance credit) {
        BigDecimal balance = credit.balanceAmount();
        BigDecimal due = order.amountDueAmount();
        return balance.min(due);
    }

    /** A hand-edited "page=deux" is the first page, not an error. */
    private static int pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }
}
