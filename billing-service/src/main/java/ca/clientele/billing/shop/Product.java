package ca.clientele.billing.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A product of the shop. Staff edit its description, price and flags with optimistic locking; its stock is never
 * written by this entity after creation (only by {@link Stock}'s guarded updates), so an edit made on a stale copy
 * cannot put an old stock back.
 */
@Entity
@Table(name = "product")
class Product {

    @Id
    private UUID id;

    @Column(name = "name_fr", nullable = false)
    private String nameFr;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_fr", nullable = false)
    private String descriptionFr;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(nullable = false)
    private boolean taxable;

    @Column(nullable = false, updatable = false)
    private int stock;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "picture_type", insertable = false, updatable = false)
    private String pictureType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version; // null until first saved: tells Spring Data the record is new

    protected Product() {
        // for JPA
    }

    static Product create(ProductInput input, Instant now) {
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.createdAt = now;
        product.stock = input.stock() == null ? 0 : input.stock();
        product.apply(input, now);
        return product;
    }

    /** Replaces the editable state (already validated); the stock is left alone. */
    void apply(ProductInput input, Instant now) {
        this.nameFr = input.nameFr().strip();
        this.nameEn = input.nameEn().strip();
        this.descriptionFr =
                input.descriptionFr() == null ? "" : input.descriptionFr().strip();
        this.descriptionEn =
                input.descriptionEn() == null ? "" : input.descriptionEn().strip();
        this.price = input.price();
        this.taxable = input.taxable();
        this.active = input.active() == null || input.active();
        this.updatedAt = now;
    }

    boolean isAtVersion(long expected) {
        return version != null && version == expected;
    }

    ProductView view(boolean english) {
        return new ProductView(
                id,
                english ? nameEn : nameFr,
                english ? descriptionEn : descriptionFr,
                nameFr,
                nameEn,
                descriptionFr,
                descriptionEn,
                price.toPlainString(),
                taxable,
                stock,
                active,
                pictureType != null,
                version);
    }

    UUID id() {
        return id;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
