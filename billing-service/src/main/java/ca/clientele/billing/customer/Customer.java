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
import java.util.List;
import java.util.UUID;

/**
 * Billing's copy of one client, fed by the registry's events and, for the name and billing address printed on orders
 * and invoices (encrypted, bound to the cell), by the registry's contact endpoint read when an event announces a
 * change (ADR 0029): standing, discount, language, name, address.
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

    /** When the name and address were last copied from the registry's contact endpoint; null: no fresh copy. */
    @Column(name = "contact_refreshed_at")
    private Instant contactRefreshedAt;

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

    /** The registry's copy: the name and billing address printed on orders and invoices, and the language. */
    void copyContact(String name, List<String> addressLines, String language, Instant now) {
        this.name = name;
        this.address = addressLines.isEmpty() ? null : String.join("\n", addressLines);
        if (language != null) {
            this.language = language;
        }
        this.contactRefreshedAt = now;
        this.updatedAt = now;
    }

    /** The registry could not be read after a change it announced: the next order reads it again. */
    void contactStale(Instant now) {
        this.contactRefreshedAt = null;
        this.updatedAt = now;
    }

    UUID clientId() {
        return clientId;
    }

    boolean hasContact() {
        return contactRefreshedAt != null;
    }

    BillingCustomer view() {
        return new BillingCustomer(
                clientId,
                ClientStanding.valueOf(status),
                discountPercent,
                discountEndsOn,
                language,
                name,
                address == null || address.isBlank() ? List.of() : List.of(address.split("\n")),
                hasContact());
    }
}
