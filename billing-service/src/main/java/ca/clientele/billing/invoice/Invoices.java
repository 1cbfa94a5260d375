package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading invoices and credit notes: a client reads their own (another client's answers 404, as if it did not
 * exist), staff read all. PDFs are rendered on each download from the stored, immutable document, in the language
 * the client had when the invoice was issued.
 */
@Service
@Transactional(readOnly = true)
class Invoices {

    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final InvoicePdf pdf;
    private final MessageSource messages;

    Invoices(InvoiceRepository invoices, CreditNoteRepository creditNotes, InvoicePdf pdf, MessageSource messages) {
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** A client's invoices, newest first: a client names themself or nobody; staff name the client or see all. */
    InvoicePage list(UUID clientId, int page, int size, Caller caller, Locale locale) {
        UUID owner = clientId;
        if (!caller.isStaff()) {
            if (owner != null && !owner.equals(caller.id())) {
                throw new ResourceNotFoundException();
            }
            owner = caller.id();
        }
        PageRequest request =
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("issuedAt"), Sort.Order.desc("number")));
        Page<Invoice> found = owner == null ? invoices.findAll(request) : invoices.findByClientId(owner, request);
        Map<UUID, List<CreditNote>> notes = creditNotes
                .findByInvoiceIdInOrderByIssuedAtAscNumberAsc(
                        found.getContent().stream().map(Invoice::id).toList())
                .stream()
                .collect(Collectors.groupingBy(CreditNote::invoiceId));
        List<InvoiceSummary> content = found.getContent().stream()
                .map(invoice -> summary(invoice, notes.getOrDefault(invoice.id(), List.of()), caller, locale))
                .toList();
        return new InvoicePage(
                content,
                new InvoicePage.PageInfo(
                        found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages()));
    }

    InvoiceView view(UUID id, Caller caller, Locale locale) {
        Invoice invoice = readable(id, caller);
        return new InvoiceView(
                summary(invoice, creditNotes.findByInvoiceIdOrderByIssuedAtAscNumberAsc(id), caller, locale),
                invoice.billToName(),
                invoice.billToAddress(),
                invoice.lines().stream().map(InvoiceView.LineView::of).toList(),
                invoice.taxableSubtotal().toString(),
                invoice.sellerName(),
                invoice.sellerAddress(),
                invoice.gstNumber(),
                invoice.qstNumber());
    }

    PdfFile invoicePdf(UUID id, Caller caller) {
        return invoicePdf(readable(id, caller));
    }

    /** The invoice of an order (one per order: corrections are credit notes). */
    PdfFile orderInvoicePdf(UUID orderId, Caller caller) {
        Invoice invoice = invoices.findByOrderId(orderId).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(invoice.clientId());
        return invoicePdf(invoice);
    }

    PdfFile creditNotePdf(UUID id, Caller caller) {
        CreditNote note = creditNotes.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(note.clientId());
        Invoice invoice = invoices.findById(note.invoiceId()).orElseThrow();
        Locale language = Locale.forLanguageTag(invoice.language() + "-CA");
        String name = InvoicePdf.english(language) ? "credit-note-" : "note-de-credit-";
        return new PdfFile(name + note.number() + ".pdf", pdf.creditNote(note, invoice, language));
    }

    private PdfFile invoicePdf(Invoice invoice) {
        Locale language = Locale.forLanguageTag(invoice.language() + "-CA");
        String name = InvoicePdf.english(language) ? "invoice-" : "facture-";
        return new PdfFile(name + invoice.number() + ".pdf", pdf.invoice(invoice, language));
    }

    private Invoice readable(UUID id, Caller caller) {
        Invoice invoice = invoices.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(invoice.clientId());
        return invoice;
    }

    private InvoiceSummary summary(Invoice invoice, List<CreditNote> notes, Caller caller, Locale locale) {
        Money credited = notes.stream().map(note -> note.amounts().total()).reduce(Money.ZERO, Money::plus);
        return new InvoiceSummary(
                invoice.id(),
                invoice.number(),
                invoice.orderId(),
                invoice.orderNumber(),
                invoice.orderKind(),
                invoice.clientId(),
                invoice.issuedAt(),
                invoice.language(),
                invoice.subtotal().toString(),
                invoice.discount().toString(),
                invoice.gst().toString(),
                invoice.qst().toString(),
                invoice.total().toString(),
                credited.toString(),
                invoice.total().minus(credited).toString(),
                "/api/invoices/" + invoice.id() + "/pdf",
                notes.stream()
                        .map(note -> summary(note, invoice, caller, locale))
                        .toList());
    }

    private CreditNoteSummary summary(CreditNote note, Invoice invoice, Caller caller, Locale locale) {
        CreditAmounts amounts = note.amounts();
        return new CreditNoteSummary(
                note.id(),
                note.number(),
                invoice.id(),
                invoice.number(),
                note.orderId(),
                note.issuedAt(),
                note.settlement(),
                messages.getMessage("invoice.settlement." + note.settlement(), null, note.settlement(), locale),
                caller.isStaff() ? note.reason() : null,
                amounts.subtotal().toString(),
                amounts.gst().toString(),
                amounts.qst().toString(),
                amounts.total().toString(),
                "/api/invoices/credit-notes/" + note.id() + "/pdf");
    }
}
