package ca.clientele.billing.credit;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One movement of a client's credit balance. Entries are only ever added: the balance is their sum, and
 * {@code balanceAfter} is that running sum, which the database refuses below zero.
 */
@Entity
@Table(name = "credit_entry")
class CreditEntry {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, updatable = false)
    private BigDecimal balanceAfter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CreditKind kind;

    @Column(name = "order_id", updatable = false)
    private UUID orderId;

    /** Staff's reason for an adjustment: free text, so encrypted like any personal data. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(updatable = false)
    private String reason;

    @Column(name = "recorded_by", updatable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected CreditEntry() {}

    CreditEntry(
            UUID clientId,
            int seq,
            Money amount,
            Money balanceAfter,
            CreditKind kind,
            UUID orderId,
            String reason,
            UUID recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.seq = seq;
        this.amount = amount.amount();
        this.balanceAfter = balanceAfter.amount();
        this.kind = kind;
        this.orderId = orderId;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    CreditEntryView view() {
        return new CreditEntryView(
                id,
                Money.cad(amount).toString(),
                Money.cad(balanceAfter).toString(),
                kind,
                orderId,
                reason,
                recordedBy,
                recordedAt);
    }

    Money balanceAfter() {
        return Money.cad(balanceAfter);
    }

    UUID id() {
        return id;
    }

    int seq() {
        return seq;
    }
}
