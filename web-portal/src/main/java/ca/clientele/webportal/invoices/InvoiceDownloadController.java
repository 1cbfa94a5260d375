package ca.clientele.webportal.invoices;

import ca.clientele.webportal.billingservice.InvoiceClient;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Facture" in Rendez-vous confirmés: the order's invoice as a PDF, fetched from the billing-service as the signed-in
 * client (another client's order answers the 404 page) and handed to the browser as a download.
 */
@Controller
class InvoiceDownloadController {

    private final InvoiceClient invoices;

    InvoiceDownloadController(InvoiceClient invoices) {
        this.invoices = invoices;
    }

    @GetMapping("/orders/{orderId}/invoice")
    ResponseEntity<byte[]> invoice(@PathVariable UUID orderId) {
        ResponseEntity<byte[]> pdf = invoices.orderInvoicePdf(orderId);
        String disposition = pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition != null
                                ? disposition
                                : ContentDisposition.attachment()
                                        .filename("facture-" + orderId + ".pdf")
                                        .build()
                                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(pdf.getBody());
    }
}
