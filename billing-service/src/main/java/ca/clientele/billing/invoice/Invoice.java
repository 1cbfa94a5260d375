package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.order.OrderPlaced;
import ca.clientele.billing.tax.TaxRegistration;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An invoice ("Facture") as issued when its order was placed: immutable (no setter, Hibernate never updates it, and
 * a trigger refuses UPDATE and DELETE). The client copy and the lines are encrypted; the seller's identity is copied
 * as printed that day.
 */
@Entity
@Immutable
@Table(name = "invoice")
class Invoice {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    private String number;

    private int year;

    private int sequence;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "order_number")
    private long orderNumber;

    @Column(name = "order_kind")
    private String orderKind;

    @Column(name = "client_id")
    private UUID clientId;

    private String language;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "bill_to_name")
    private String billToName;

    // One printed line after another, separated by new lines.
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "bill_to_address")
    private String billToAddress;

    @Convert(converter = EncryptedStringConverter.class)
    private String lines;

    private BigDecimal subtotal;

    private BigDecimal discount;

    @Column(name = "taxable_subtotal")
    private BigDecimal taxableSubtotal;

    private BigDecimal gst;

    private BigDecimal qst;

    private BigDecimal total;

    @Column(name = "seller_name")
    private String sellerName;

    @Column(name = "seller_address")
    private String sellerAddress;

    @Column(name = "gst_number")
    private String gstNumber;

    @Column(name = "qst_number")
    private String qstNumber;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected Invoice() {
        // for JPA
    }

    Invoice(DocumentNumber number, OrderPlaced order, TaxRegistration seller) {
        this.id = UUID.randomUUID();
        this.number = number.text();
        this.year = number.year();
        this.sequence = number.sequence();
        this.orderId = order.orderId();
        this.orderNumber = order.orderNumber();
        this.orderKind = order.kind().name();
        this.clientId = order.clientId();
        // "en", "en-CA", "EN": English; anything else (French first): French.
        this.language = order.language() != null
                        && order.language().toLowerCase(java.util.Locale.ROOT).startsWith("en")
                ? "en"
                : "fr";
        if (order.billTo() != null) {
            this.billToName = order.billTo().name();
            List<String> address = order.billTo().addressLines();
            this.billToAddress = address == null || address.isEmpty() ? null : String.join("\n", address);
        }
        this.lines = JSON.writeValueAsString(
                order.lines().stream().map(InvoiceLine::of).toList());
        this.subtotal = order.subtotal().amount();
        this.discount = order.discount() == null
                ? BigDecimal.ZERO.setScale(2)
                : order.discount().amount();
        this.taxableSubtotal = order.taxableSubtotal().amount();
        this.gst = order.gst().amount();
        this.qst = order.qst().amount();
        this.total = order.total().amount();
        this.sellerName = seller.legalName();
        this.sellerAddress = String.join("\n", seller.addressLines());
        this.gstNumber = seller.gstNumber();
        this.qstNumber = seller.qstNumber();
        this.issuedAt = order.placedAt();
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    UUID orderId() {
        return orderId;
    }

    long orderNumber() {
        return orderNumber;
    }

    String orderKind() {
        return orderKind;
    }

    UUID clientId() {
        return clientId;
    }

    String language() {
        return language;
    }

    String billToName() {
        return billToName;
    }

    List<String> billToAddress() {
        return billToAddress == null ? List.of() : List.of(billToAddress.split("\n"));
    }

    List<InvoiceLine> lines() {
        return JSON.readValue(lines, new TypeReference<List<InvoiceLine>>() {});
    }

    Money subtotal() {
        return Money.cad(subtotal);
    }

    Money discount() {
        return Money.cad(discount);
    }

    Money taxableSubtotal() {
        return Money.cad(taxableSubtotal);
    }

    Money gst() {
        return Money.cad(gst);
    }

    Money qst() {
        return Money.cad(qst);
    }

    Money total() {
        return Money.cad(total);
    }

    String sellerName() {
        return sellerName;
    }

    List<String> sellerAddress() {
        return List.of(sellerAddress.split("\n"));
    }

    String gstNumber() {
        return gstNumber;
    }

    String qstNumber() {
        return qstNumber;
    }

    Instant issuedAt() {
        return issuedAt;
    }
}
