package ca.clientele.billing.customer;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps billing's copy of each client from the registry's events (a tolerant reader of the fields it needs):
 * {@code client-status-changed} (who may buy and pay online), {@code client-billing-changed} (status, discount,
 * preferred language: values, never personal data), and — because the registry's events carry no personal data —
 * {@code client-registered} and {@code client-updated} (when a printed field changed) make billing read the name and
 * billing address from the registry's contact endpoint (contract 1, ADR 0029), as does a {@code
 * client-billing-changed} for a client billing has no copy of yet. The registry is read before the transaction (no
 * database connection held during the call); when it cannot be read, the copy is marked stale so that the next order
 * reads it. Idempotent on the CloudEvent id; the registry keys its events by client, so they arrive in order and the
 * latest wins.
 */
@Component
class RegistryEventsListener {

    static final String STATUS_CHANGED = "ca.clientele.client.client-status-changed";
    static final String BILLING_CHANGED = "ca.clientele.client.client-billing-changed";
    static final String REGISTERED = "ca.clientele.client.client-registered";
    static final String UPDATED = "ca.clientele.client.client-updated";

    /** The client-updated fields printed on orders and invoices (or choosing their language). */
    static final Set<String> PRINTED_FIELDS = Set.of("firstName", "lastName", "billingAddress", "preferredLanguage");

    private static final Set<String> HANDLED = Set.of(STATUS_CHANGED, BILLING_CHANGED, REGISTERED, UPDATED);
    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final Customers customers;
    private final RegistryContacts registry;
    private final ProcessedEvents processed;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegistryEventsListener(
            Customers customers,
            RegistryContacts registry,
            ProcessedEvents processed,
            TransactionTemplate transaction,
            Clock clock) {
        this.customers = customers;
        this.registry = registry;
        this.processed = processed;
        this.transaction = transaction;
        this.clock = clock;
    }

    @KafkaListener(id = "billing-customers", topics = RegistryTopicConfiguration.NAME)
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        if (!HANDLED.contains(event.type())) {
            return;
        }
        UUID clientId = clientIdOf(event);
        if (clientId == null) {
            log.warn("Skipped {} event {} without clientId", event.type(), event.id());
            return;
        }
        Refresh refresh = needsContact(event, clientId) ? read(clientId, event.id()) : Refresh.NONE;
        transaction.executeWithoutResult(status -> {
            if (!processed.firstDelivery("billing-customers", event.id())) {
                return;
            }
            apply(event, clientId);
            if (refresh.contact().isPresent()) {
                customers.copy(customers.edit(clientId), refresh.contact().get());
            } else if (refresh.failed()) {
                customers.stale(customers.edit(clientId));
            }
        });
    }

    private boolean needsContact(ReceivedEvent event, UUID clientId) {
        return switch (event.type()) {
            case REGISTERED -> true;
            case UPDATED -> {
                List<String> changed = event.dataAs(Updated.class).changedFields();
                yield changed != null && changed.stream().anyMatch(PRINTED_FIELDS::contains);
            }
            case BILLING_CHANGED -> !customers.hasContact(clientId);
            default -> false;
        };
    }

    private Refresh read(UUID clientId, String eventId) {
        try {
            Optional<RegistryContact> contact = registry.contact(clientId);
            if (contact.isEmpty()) {
                log.warn("Registry event {} names a client the registry does not know; no copy kept", eventId);
            }
            return new Refresh(contact, false);
        } catch (RegistryContacts.RegistryUnavailableException unavailable) {
            log.warn(
                    "Registry unavailable after event {} ({}); the next order reads the contact again",
                    eventId,
                    unavailable.getCause().getClass().getSimpleName());
            return new Refresh(Optional.empty(), true);
        }
    }

    private void apply(ReceivedEvent event, UUID clientId) {
        if (STATUS_CHANGED.equals(event.type())) {
            StatusChanged changed = event.dataAs(StatusChanged.class);
            if (changed.to() == null) {
                log.warn("Skipped client-status-changed event {} without status", event.id());
                return;
            }
            customers.edit(clientId).standing(changed.to().name(), clock.instant());
        } else if (BILLING_CHANGED.equals(event.type())) {
            BillingChanged changed = event.dataAs(BillingChanged.class);
            Customer customer = customers.edit(clientId);
            if (changed.status() != null) {
                customer.standing(changed.status().name(), clock.instant());
            }
            customer.billingTerms(
                    changed.discountPercent(),
                    changed.discountEndsOn(),
                    language(changed.preferredLanguage()),
                    clock.instant());
        }
    }

    private static UUID clientIdOf(ReceivedEvent event) {
        return event.dataAs(AnyClientEvent.class).clientId();
    }

    private static String language(String preferred) {
        return preferred == null
                ? null
                : preferred.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    /** What was read of the registry before the transaction. */
    private record Refresh(Optional<RegistryContact> contact, boolean failed) {
        static final Refresh NONE = new Refresh(Optional.empty(), false);
    }

    /** The client every registry event names. */
    record AnyClientEvent(UUID clientId) {}

    /** What billing reads of a client-updated event: the names of the changed fields. */
    record Updated(UUID clientId, List<String> changedFields) {}

    /** What billing reads of a client-status-changed event. */
    record StatusChanged(UUID clientId, ClientStanding to) {}

    /** What billing reads of a client-billing-changed event. */
    record BillingChanged(
            UUID clientId,
            ClientStanding status,
            BigDecimal discountPercent,
            LocalDate discountEndsOn,
            String preferredLanguage) {}
}
