package ca.clientele.billing.card;

import ca.clientele.billing.money.Money;
import ca.clientele.billing.payment.OrderPayments;
import ca.clientele.billing.payment.OrderPayments.PayableOrder;
import ca.clientele.billing.payment.PaymentMetrics;
import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.observability.AfterCommit;
import ca.clientele.platform.security.Caller;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import com.stripe.param.RefundCreateParams;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Stripe tells us, each event once. The signature is checked on the raw bytes with the signing secret; the
 * event id is recorded in the processed-event ledger in the same transaction as the effect, so a replay does
 * nothing. Events may come in any order: a PaymentIntent's status only moves forward (a late failure never undoes
 * "succeeded"), refunded amounts only grow, and the payment is recorded on the order once — only when Stripe says
 * the PaymentIntent succeeded. A charge for an order that is already paid (two tabs, two cards) is refunded, so a
 * client is never charged twice.
 */
@Service
class StripeWebhooks {

    enum Outcome {
        PROCESSED,
        DUPLICATE,
        IGNORED,
        REFUSED,
        NOT_CONFIGURED
    }

    static final String CONSUMER = "stripe-webhook";

    /** Metadata on every refund billing makes, so that its webhook is told apart from a dashboard refund. */
    static final String ORIGIN_KEY = "clientele_origin";

    static final String ORIGIN = "billing-service";

    /** Who asks the order side about an order when Stripe calls: the service itself, with staff's view. */
    static final Caller SYSTEM = new Caller(new UUID(0, 0), Set.of(Caller.STAFF), null, null, null, null);

    private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

    private final StripeProperties properties;
    private final StripeGateway stripe;
    private final ProcessedEvents processed;
    private final ObjectProvider<OrderPayments> orders;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    StripeWebhooks(
            StripeProperties properties,
            StripeGateway stripe,
            ProcessedEvents processed,
            ObjectProvider<OrderPayments> orders,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock,
            MeterRegistry meters) {
        this.properties = properties;
        this.stripe = stripe;
        this.processed = processed;
        this.orders = orders;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    Outcome receive(byte[] body, String signature) {
        if (!properties.webhooksConfigured()) {
            return Outcome.NOT_CONFIGURED;
        }
        Event event;
        try {
            event = Webhook.constructEvent(
                    new String(body, StandardCharsets.UTF_8),
                    signature,
                    properties.webhookSecret(),
                    Webhook.DEFAULT_TOLERANCE,
                    clock);
        } catch (SignatureVerificationException | RuntimeException unsigned) {
            // A missing or wrong signature, a stale timestamp, or a body that is not an event: nothing is done.
            log.warn("Stripe webhook refused: {}", unsigned.getClass().getSimpleName());
            return Outcome.REFUSED;
        }
        return transaction.execute(status -> {
            if (!processed.firstDelivery(CONSUMER, event.getId())) {
                return Outcome.DUPLICATE;
            }
            JsonNode object = json.readTree(event.getDataObjectDeserializer().getRawJson());
            Instant at = event.getCreated() == null ? clock.instant() : Instant.ofEpochSecond(event.getCreated());
            return switch (event.getType()) {
                case "payment_intent.succeeded" -> succeeded(object, at);
                case "payment_intent.payment_failed" -> failed(object);
                case "payment_intent.canceled", "payment_intent.processing", "payment_intent.requires_action" ->
                    progressed(object);
                case "charge.refunded" -> refunded(event.getId(), object, at);
                case "refund.created", "refund.updated", "charge.refund.updated" ->
                    refundMade(
                            event.getId(), object, object.path("payment_intent").asString(null), at);
                default -> Outcome.IGNORED;
            };
        });
    }

    private Outcome succeeded(JsonNode intent, Instant at) {
        String id = intent.path("id").asString();
        UUID orderId = uuid(intent.path("metadata").path("order_id"));
        if (orderId == null || !"cad".equalsIgnoreCase(intent.path("currency").asString(""))) {
            return Outcome.IGNORED; // not one of our order payments
        }
        OrderPayments payments = orders.getObject();
        if (!payments.exists(orderId)) {
            // Not an order of ours (another system on the account, a deleted test order): acknowledged, so that
            // Stripe does not retry it for days. Ids only in the log.
            log.info("Stripe event about payment intent {} names an order billing does not know; ignored", id);
            return Outcome.IGNORED;
        }
        long cents = intent.path("amount_received").asLong(intent.path("amount").asLong());
        upsert(id, orderId, uuid(intent.path("metadata").path("client_id")), cents, "succeeded", true);
        Boolean recorded = jdbc.queryForObject(
                "select payment_recorded from card_payment_intent where payment_intent_id = ? for update",
                Boolean.class,
                id);
        if (Boolean.TRUE.equals(recorded)) {
            return Outcome.PROCESSED; // another event already recorded this payment
        }
        PayableOrder order = payments.payable(orderId, SYSTEM);
        long due = Math.max(0, order.amountDue().cents());
        long kept = Math.min(cents, due);
        if (kept < cents) {
            // Paid already (another tab, another card) or more than due: the excess goes back to the card.
            long excess = cents - kept;
            log.info("Refunding {} cents of payment intent {}: the order owed {}", excess, id, due);
            stripe.call(
                    "excess-" + id,
                    (client, options) -> client.v1()
                            .refunds()
                            .create(
                                    RefundCreateParams.builder()
                                            .setPaymentIntent(id)
                                            .setAmount(excess)
                                            .putMetadata(ORIGIN_KEY, ORIGIN)
                                            .build(),
                                    options));
            jdbc.update(
                    "update card_payment_intent set refunded_cents = greatest(refunded_cents, ?) where payment_intent_id = ?",
                    excess,
                    id);
        }
        if (kept > 0) {
            payments.cardPaymentSucceeded(orderId, Money.ofCents(kept), id, at);
        }
        jdbc.update(
                "update card_payment_intent set payment_recorded = true, updated_at = ? where payment_intent_id = ?",
                Timestamp.from(clock.instant()),
                id);
        return Outcome.PROCESSED;
    }

    /** A card payment attempt failed (declined, expired…): stored like any status, and counted for the dashboard. */
    private Outcome failed(JsonNode intent) {
        Outcome outcome = progressed(intent);
        if (outcome == Outcome.PROCESSED) {
            AfterCommit.increment(PaymentMetrics.payments(meters, PaymentMetrics.FAILED, "CARD"));
        }
        return outcome;
    }

    /** A status before "succeeded" (failed, canceled, processing…): stored unless Stripe already said succeeded. */
    private Outcome progressed(JsonNode intent) {
        UUID orderId = uuid(intent.path("metadata").path("order_id"));
        if (orderId == null || !orders.getObject().exists(orderId)) {
            return Outcome.IGNORED;
        }
        upsert(
                intent.path("id").asString(),
                orderId,
                uuid(intent.path("metadata").path("client_id")),
                intent.path("amount").asLong(),
                intent.path("status").asString("unknown"),
                false);
        return Outcome.PROCESSED;
    }

    /**
     * A refund, ours or made in Stripe's dashboard: the refunded total only grows, whatever the order of events; each
     * refund the charge lists (when Stripe includes them) is recorded on the order as {@link #refundMade} does.
     */
    private Outcome refunded(String eventId, JsonNode charge, Instant at) {
        String intent = charge.path("payment_intent").asString(null);
        if (intent == null) {
            return Outcome.IGNORED;
        }
        for (JsonNode refund : charge.path("refunds").path("data")) {
            refundMade(eventId, refund, intent, at);
        }
        int updated = jdbc.update(
                "update card_payment_intent set refunded_cents = greatest(refunded_cents, ?), updated_at = ?"
                        + " where payment_intent_id = ?",
                charge.path("amount_refunded").asLong(),
                Timestamp.from(clock.instant()),
                intent);
        if (updated == 0) {
            UUID orderId = uuid(charge.path("metadata").path("order_id"));
            if (orderId == null || !orders.getObject().exists(orderId)) {
                return Outcome.IGNORED;
            }
            // The refund came before anything else about this intent: keep it; the success will find it.
            upsert(
                    intent,
                    orderId,
                    uuid(charge.path("metadata").path("client_id")),
                    charge.path("amount").asLong(),
                    "processing",
                    false);
            jdbc.update(
                    "update card_payment_intent set refunded_cents = greatest(refunded_cents, ?) where payment_intent_id = ?",
                    charge.path("amount_refunded").asLong(),
                    intent);
        }
        return Outcome.PROCESSED;
    }

    /**
     * One refund Stripe made on a payment intent of ours. A refund billing made itself (its metadata says so, and its
     * id is on the order already) changes nothing; a refund made in Stripe's dashboard is recorded on the order once
     * per refund id (credit note, REFUNDED when nothing is left, order-refunded). Only once the payment is recorded
     * on the order: a refund announced before the payment's success is kept in the refunded total, and the order
     * then shows what is left.
     */
    private Outcome refundMade(String eventId, JsonNode refund, String intent, Instant at) {
        String refundId = refund.path("id").asString(null);
        String status = refund.path("status").asString("");
        if (intent == null || refundId == null || !refundId.startsWith("re_")) {
            return Outcome.IGNORED;
        }
        if (!"succeeded".equals(status) && !"pending".equals(status)) {
            return Outcome.IGNORED; // failed or canceled: no money went back
        }
        if (ORIGIN.equals(refund.path("metadata").path(ORIGIN_KEY).asString(null))) {
            return Outcome.PROCESSED; // ours: recorded by the request that made it
        }
        java.util.List<UUID> recorded = jdbc.queryForList(
                "select order_id from card_payment_intent where payment_intent_id = ? and payment_recorded",
                UUID.class,
                intent);
        if (recorded.isEmpty()) {
            log.info("Stripe event {}: refund {} of a payment billing has not recorded; ignored", eventId, refundId);
            return Outcome.IGNORED;
        }
        long cents = refund.path("amount").asLong();
        if (cents <= 0) {
            return Outcome.IGNORED;
        }
        boolean made = orders.getObject()
                .cardRefundedAtStripe(recorded.getFirst(), Money.ofCents(cents), intent, refundId, at);
        if (made) {
            log.info("Stripe event {}: refund {} made outside billing recorded on its order", eventId, refundId);
        }
        return Outcome.PROCESSED;
    }

    /** Inserts or moves the intent's status forward: once "succeeded", no later status replaces it. */
    private void upsert(String id, UUID orderId, UUID clientId, long cents, String status, boolean succeeded) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                """
                insert into card_payment_intent
                    (payment_intent_id, order_id, client_id, amount_cents, status, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (payment_intent_id) do update set status = excluded.status, updated_at = excluded.updated_at
                """ + (succeeded ? "" : " where card_payment_intent.status <> 'succeeded'"),
                id,
                orderId,
                clientId == null ? new UUID(0, 0) : clientId,
                Math.max(cents, 1),
                status,
                now,
                now);
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return UUID.fromString(node.asString());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
