package ca.clientele.billing.order;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of "Historique des rendez-vous". Amounts are strings ("40.24"). {@code netTotal} is what the order finally
 * costs (the total less what was refunded or cancelled): a screen strikes {@code total} through when they differ.
 *
 * @param itemCount the services (or items) still billed: 0 once refunded or cancelled ("pour 0 service")
 * @param mayPay "Payer" applies: the order waits for payment
 * @param mayCancel "Annuler" applies: an appointment still to come, or an unpaid shop order
 */
record OrderSummary(
        UUID id,
        long number,
        String kind,
        UUID appointmentId,
        Instant placedAt,
        String status,
        String statusLabel,
        String total,
        String netTotal,
        String amountDue,
        int itemCount,
        boolean mayPay,
        boolean mayCancel,
        long version) {}
