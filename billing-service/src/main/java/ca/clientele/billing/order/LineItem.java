package ca.clientele.billing.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order as stored: what was sold, at what price, the discount taken off, and the amount. */
@Embeddable
class LineItem {

    @Column(name = "description_fr", nullable = false)
    private String descriptionFr;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "service_id")
    private UUID serviceId;

    @Column(name = "product_id")
    private UUID productId;

    @Column(name = "pet_id")
    private UUID petId;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(nullable = false)
    private BigDecimal discount;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private boolean taxable;

    protected LineItem() {}

    LineItem(OrderLine line, PricedLine priced) {
        this.descriptionFr = line.descriptionFr();
        this.descriptionEn = line.descriptionEn() == null ? line.descriptionFr() : line.descriptionEn();
        this.serviceId = line.serviceId();
        this.productId = line.productId();
        this.petId = line.petId();
        this.quantity = line.quantity();
        this.unitPrice = line.unitPrice().amount();
        this.discountPercent = priced.discountPercent();
        this.discount = priced.discount().amount();
        this.amount = priced.amount().amount();
        this.taxable = line.taxable();
    }

    /** Charges what this line of a new order would: same service or product, quantity, unit price and taxes. */
    boolean charges(OrderLine line) {
        return java.util.Objects.equals(descriptionFr, line.descriptionFr())
                && java.util.Objects.equals(serviceId, line.serviceId())
                && java.util.Objects.equals(productId, line.productId())
                && java.util.Objects.equals(petId, line.petId())
                && quantity == line.quantity()
                && unitPrice.compareTo(line.unitPrice().amount()) == 0
                && taxable == line.taxable();
    }

    OrderPlaced.Line placed() {
        return new OrderPlaced.Line(
                descriptionFr,
                descriptionEn,
                quantity,
                ca.clientele.billing.money.Money.cad(unitPrice),
                discountPercent,
                ca.clientele.billing.money.Money.cad(discount),
                ca.clientele.billing.money.Money.cad(amount),
                taxable);
    }

    OrderView.LineView view(boolean english) {
        return new OrderView.LineView(
                english ? descriptionEn : descriptionFr,
                quantity,
                ca.clientele.billing.money.Money.cad(unitPrice).toString(),
                discountPercent,
                ca.clientele.billing.money.Money.cad(discount).toString(),
                ca.clientele.billing.money.Money.cad(amount).toString(),
                taxable);
    }

    int quantity() {
        return quantity;
    }

    UUID serviceId() {
        return serviceId;
    }

    UUID productId() {
        return productId;
    }

    UUID petId() {
        return petId;
    }
}
