package ca.clientele.billing.customer;

import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Billing's copy of one client, fed by the registry's events (never read from the registry on a request path): their
 * standing, discount, language, and the name and billing address printed on orders (encrypted, bound to the cell).
 */
@Entity
@Table(name = "customer")
class Customer {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Column(nullable = false)
    private String status;

    @Column(name = "discount_percent", nullable = false)
    private BigDecimal discountPercent;

    @Column(name = "discount_ends_on")
    private LocalDate discountEndsOn;

    @Column(nullable = false)
    private String language;

    @Convert(converter = EncryptedStringConverter.class)
    private String name;

    /** The billing address as printed, one line per line ("\n"). */
    @Convert(converter = EncryptedStringConverter.class)
    private String address;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {}

    Customer(UUID clientId, Instant now) {
        this.clientId = clientId;
        this.status = "ACTIVE";
        this.discountPercent = BigDecimal.ZERO;
        this.language = "fr";
        this.updatedAt = now;
    }

    void standing(String status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void billingTerms(BigDecimal discountPercent, LocalDate discountEndsOn, String language, Instant now) {
        this.discountPercent = discountPercent == null ? BigDecimal.ZERO : discountPercent;
        this.discountEndsOn = discountEndsOn;
        if (language != null) {
            this.language = language;
        }
        this.updatedAt = now;
    }

    void billTo(String name, String address, Instant now) {
        this.name = name;
        this.address = address;
        this.updatedAt = now;
    }

    BillingCustomer view() {
        return new BillingCustomer(
                clientId,
                ClientStanding.valueOf(status),
                discountPercent,
                discountEndsOn,
                language,
                name,
                address == null || address.isBlank() ? java.util.List.of() : java.util.List.of(address.split("\n")));
    }

    String name() {
        return name;
    }
}
