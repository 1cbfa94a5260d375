package ca.clientele.billing.credit;

import java.time.Instant;
import java.util.UUID;

/** One entry of the ledger as staff and the client read it: signed amount ("-5.75"), balance after it, why. */
public record CreditEntryView(
        UUID id,
        String amount,
        String balanceAfter,
        CreditKind kind,
        UUID orderId,
        String reason,
        UUID recordedBy,
        Instant recordedAt) {}
