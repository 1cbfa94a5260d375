package ca.clientele.billing.credit;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.web.DomainRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The credit ledger. The balance is the sum of the entries, never a number someone updates. Adding an entry takes a
 * transaction-scoped advisory lock on the client, so that two concurrent debits see each other; the database still
 * refuses a running balance below zero and two entries with the same sequence number, whatever the code does.
 */
@Component
public class CreditLedger {

    private final CreditEntryRepository entries;
    private final JdbcClient jdbc;
    private final DomainEvents events;
    private final Clock clock;

    CreditLedger(CreditEntryRepository entries, JdbcClient jdbc, DomainEvents events, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Money balance(UUID clientId) {
        BigDecimal sum = jdbc.sql("select coalesce(sum(amount), 0) from credit_entry where client_id = ?")
                .param(clientId)
                .query(BigDecimal.class)
                .single();
        return Money.cad(sum);
    }

    @Transactional(readOnly = true)
    public CreditBalance of(UUID clientId) {
        return new CreditBalance(
                clientId,
                balance(clientId).toString(),
                entries.findByClientIdOrderBySeqDesc(clientId).stream()
                        .map(CreditEntry::view)
                        .toList());
    }

    /**
     * Adds a signed entry in the caller's transaction and publishes {@code credit-changed}. A debit larger than the
     * balance is refused ({@code credit.insufficient}, 422).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CreditEntryView record(
            UUID clientId, Money amount, CreditKind kind, UUID orderId, String reason, UUID recordedBy) {
        if (amount.isZero()) {
            throw new DomainRuleException("credit.zero");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 11))")
                .param("credit:" + clientId)
                .query((rs, n) -> 1)
                .list();
        var last = entries.findFirstByClientIdOrderBySeqDesc(clientId);
        Money before = last.map(CreditEntry::balanceAfter).orElse(Money.ZERO);
        Money after = before.plus(amount);
        if (after.isNegative()) {
            throw new DomainRuleException("credit.insufficient", before.toString());
        }
        int seq = last.map(entry -> entry.seq() + 1).orElse(1);
        CreditEntry entry = entries.saveAndFlush(
                new CreditEntry(clientId, seq, amount, after, kind, orderId, reason, recordedBy, clock.instant()));
        events.publish(
                "credit-changed",
                clientId,
                new CreditChanged(clientId, entry.id(), kind.name(), amount.amount(), after.amount(), orderId));
        return entry.view();
    }

    /** The data of {@code credit-changed} (docs/events): amounts only, no reason (it may hold personal details). */
    record CreditChanged(
            UUID clientId, UUID entryId, String kind, BigDecimal amount, BigDecimal balance, UUID orderId) {}
}
