package ca.clientele.webportal.billingservice;

import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The signed-in client's orders and credit balance at the billing-service (their own only: the token says whose). */
@HttpExchange("/api")
public interface OrderClient {

    @GetExchange("/orders")
    OrderPage orders(@RequestParam int page, @RequestParam int size);

    @GetExchange("/orders/{id}")
    OrderDetail order(@PathVariable UUID id);

    /** "Annuler" of an unpaid shop order (an appointment is cancelled through booking). */
    @PostExchange("/orders/{id}/cancel")
    OrderDetail cancel(@PathVariable UUID id);

    /** Pays from the credit balance (method CREDIT, the only one a client may record). */
    @PostExchange("/orders/{id}/payments")
    PaymentRecord pay(@PathVariable UUID id, @RequestBody NewPayment payment);

    @GetExchange("/payments/credit/{clientId}")
    CreditBalance credit(@PathVariable UUID clientId);
}
