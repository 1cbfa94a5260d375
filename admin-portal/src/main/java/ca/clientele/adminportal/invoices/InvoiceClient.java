package ca.clientele.adminportal.invoices;

import java.util.UUID;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The billing-service's invoices of a client, with their credit notes (the PDFs are links through the gateway:
 * {@code /api/invoices/{id}/pdf}, {@code /api/invoices/credit-notes/{id}/pdf}).
 */
@HttpExchange("/api/invoices")
public interface InvoiceClient {

    @GetExchange
    InvoicePage list(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);
}
