package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A credit note ("Note de crédit"): an amount taken back on an invoice, taxes included, as its own gapless series.
 * Immutable like the invoice it refers to.
 */
@Entity
@Immutable
@Table(name = "credit_note")
class CreditNote {

    @Id
    private UUID id;

    private String number;

    private int year;

    private int sequence;

    @Column(name = "invoice_id")
    private UUID invoiceId;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "client_id")
    private UUID clientId;

    private String settlement;

    @Convert(converter = EncryptedStringConverter.class)
    private String reason;

    private BigDecimal subtotal;

    private BigDecimal gst;

    private BigDecimal qst;

    private BigDecimal total;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected CreditNote() {
        // for JPA
    }

    CreditNote(
            DocumentNumber number,
            Invoice invoice,
            CreditAmounts amounts,
            String settlement,
            String reason,
            Instant issuedAt) {
        this.id = UUID.randomUUID();
        this.number = number.text();
        this.year = number.year();
        this.sequence = number.sequence();
        this.invoiceId = invoice.id();
        this.orderId = invoice.orderId();
        this.clientId = invoice.clientId();
        this.settlement = settlement;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.subtotal = amounts.subtotal().amount();
        this.gst = amounts.gst().amount();
        this.qst = amounts.qst().amount();
        this.total = amounts.total().amount();
        this.issuedAt = issuedAt;
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    UUID invoiceId() {
        return invoiceId;
    }

    UUID orderId() {
        return orderId;
    }

    UUID clientId() {
        return clientId;
    }

    String settlement() {
        return settlement;
    }

    String reason() {
        return reason;
    }

    CreditAmounts amounts() {
        return new CreditAmounts(Money.cad(subtotal), Money.cad(gst), Money.cad(qst), Money.cad(total));
    }

    Instant issuedAt() {
        return issuedAt;
    }
}
