package ca.clientele.webportal.billingservice;

import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The billing-service's invoices, as the signed-in client reads them (another client's answer 404). */
@HttpExchange("/api/invoices")
public interface InvoiceClient {

    /** The PDF of an order's invoice, in the client's language, with its file name in Content-Disposition. */
    @GetExchange("/by-order/{orderId}/pdf")
    ResponseEntity<byte[]> orderInvoicePdf(@PathVariable UUID orderId);
}
