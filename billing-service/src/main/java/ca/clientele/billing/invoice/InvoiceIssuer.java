package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.OrderCredited;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.billing.tax.TaxRegistration;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the invoice of every order placed and a credit note for every credit on an order, in the transaction that
 * placed or credited it ({@code @EventListener}, not after commit): an order never exists without its invoice, and a
 * failure here (a credit larger than what is left to credit) rolls the whole change back.
 */
@Component
class InvoiceIssuer {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private static final Logger log = LoggerFactory.getLogger(InvoiceIssuer.class);

    private final DocumentNumbers numbers;
    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TaxRegistration seller;
    private final Clock clock;

    InvoiceIssuer(
            DocumentNumbers numbers,
            InvoiceRepository invoices,
            CreditNoteRepository creditNotes,
            EntityManager entityManager,
            JdbcClient jdbc,
            TaxRegistration seller,
            Clock clock) {
        this.numbers = numbers;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.seller = seller;
        this.clock = clock;
    }

    /** The invoice of a placed order, dated when it was placed; once per order (a repeated event issues nothing). */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void issueInvoice(OrderPlaced order) {
        if (invoices.findByOrderId(order.orderId()).isPresent()) {
            log.warn("Order {} already has its invoice; nothing issued", order.orderId());
            return;
        }
        Instant issuedAt = order.placedAt() == null ? clock.instant() : order.placedAt();
        DocumentNumber number = numbers.next(DocumentSeries.INVOICE, yearOf(issuedAt));
        OrderPlaced dated = order.placedAt() == null ? withPlacedAt(order, issuedAt) : order;
        entityManager.persist(new Invoice(number, dated, seller));
        entityManager.flush();
    }

    /**
     * The credit note of exactly {@code amount}, referring to the order's invoice. The invoice's row is locked first,
     * so two credits of one order are checked one after the other against what is left to credit.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void issueCreditNote(OrderCredited credit) {
        if (credit.amount() == null || credit.amount().isZero()) {
            return;
        }
        UUID invoiceId = jdbc.sql("select id from invoice where order_id = :orderId for update")
                .param("orderId", credit.orderId())
                .query(UUID.class)
                .optional()
                .orElseThrow(
                        () -> new IllegalStateException("Order " + credit.orderId() + " has no invoice to credit"));
        Invoice invoice = invoices.findById(invoiceId).orElseThrow();
        List<CreditNote> issued = creditNotes.findByInvoiceIdOrderByIssuedAtAscNumberAsc(invoiceId);
        CreditAmounts amounts = CreditAmounts.split(credit.amount(), creditable(invoice, issued), invoice.total());
        Instant issuedAt = credit.creditedAt() == null ? clock.instant() : credit.creditedAt();
        DocumentNumber number = numbers.next(DocumentSeries.CREDIT_NOTE, yearOf(issuedAt));
        entityManager.persist(new CreditNote(number, invoice, amounts, credit.settlement(), credit.reason(), issuedAt));
        entityManager.flush();
    }

    static CreditAmounts.Creditable creditable(Invoice invoice, List<CreditNote> issued) {
        Money total = invoice.total();
        Money gst = invoice.gst();
        Money qst = invoice.qst();
        for (CreditNote note : issued) {
            total = total.minus(note.amounts().total());
            gst = gst.minus(note.amounts().gst());
            qst = qst.minus(note.amounts().qst());
        }
        Money taxableGross = invoice.taxableSubtotal().plus(invoice.gst()).plus(invoice.qst());
        return new CreditAmounts.Creditable(total, taxableGross, gst, qst);
    }

    static int yearOf(Instant instant) {
        return instant.atZone(MONTREAL).getYear();
    }

    private static OrderPlaced withPlacedAt(OrderPlaced order, Instant placedAt) {
        return new OrderPlaced(
                order.orderId(),
                order.orderNumber(),
                order.kind(),
                order.clientId(),
                order.billTo(),
                order.language(),
                order.lines(),
                order.subtotal(),
                order.discount(),
                order.taxableSubtotal(),
                order.gst(),
                order.qst(),
                order.total(),
                placedAt);
    }
}
