package ca.clientele.billing.order;

import ca.clientele.billing.money.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * In-process event, published inside the transaction that took money or a debt back on an order (cancellation of an
 * unpaid order, refund to card or to the credit balance, a correction): invoicing issues the credit note ("note de
 * crédit") for exactly {@code amount}, taxes included, referring to the order's invoice.
 *
 * @param settlement what happened to the amount: CANCELLED (an unpaid debt cancelled), REFUNDED_TO_CARD,
 *     CREDITED_TO_BALANCE, REFUNDED_MANUALLY (cash, e-Transfer…)
 * @param reason a short staff-facing reason (may be null); never shown to other clients
 */
public record OrderCredited(
        UUID orderId,
        long orderNumber,
        UUID clientId,
        Money amount,
        String settlement,
        String reason,
        Instant creditedAt) {}
