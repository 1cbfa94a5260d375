package ca.clientele.billing.invoice;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invoices and credit notes (ADR 0021): lists, one invoice, the PDFs. A client reads their own; another client's
 * answers 404; staff read all.
 */
@RestController
@RequestMapping("/api/invoices")
class InvoiceController {

    private final Invoices invoices;

    InvoiceController(Invoices invoices) {
        this.invoices = invoices;
    }

    /** Newest first, each with its credit notes. A client names themself or nobody; staff may name any client. */
    @GetMapping
    InvoicePage list(
            @RequestParam(required = false) UUID clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return invoices.list(clientId, page, size, caller, locale);
    }

    @GetMapping("/{id}")
    InvoiceView invoice(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return invoices.view(id, caller, locale);
    }

    @GetMapping("/{id}/pdf")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> invoicePdf(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return pdf(invoices.invoicePdf(id, caller));
    }

    /** The invoice of an order, for the "Facture" button of the client's order history. */
    @GetMapping("/by-order/{orderId}/pdf")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> orderInvoicePdf(@PathVariable UUID orderId, @Parameter(hidden = true) Caller caller) {
        return pdf(invoices.orderInvoicePdf(orderId, caller));
    }

    @GetMapping("/credit-notes/{id}/pdf")
    @ApiResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> creditNotePdf(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return pdf(invoices.creditNotePdf(id, caller));
    }

    private static ResponseEntity<byte[]> pdf(PdfFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }
}
