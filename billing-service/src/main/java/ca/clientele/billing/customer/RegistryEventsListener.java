package ca.clientele.billing.customer;

import ca.clientele.platform.events.ProcessedEvents;
import ca.clientele.platform.events.ReceivedEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps billing's copy of each client from the registry's events (a tolerant reader of the fields it needs):
 * {@code client-status-changed} (who may buy and pay online) and {@code client-billing-changed} (status, discount,
 * preferred language: values, never personal data). Idempotent on the CloudEvent id; the registry keys its events
 * by client, so they arrive in order and the latest wins.
 */
@Component
class RegistryEventsListener {

    static final String STATUS_CHANGED = "ca.clientele.client.client-status-changed";
    static final String BILLING_CHANGED = "ca.clientele.client.client-billing-changed";
    private static final Logger log = LoggerFactory.getLogger(RegistryEventsListener.class);

    private final Customers customers;
    private final ProcessedEvents processed;
    private final Clock clock;

    RegistryEventsListener(Customers customers, ProcessedEvents processed, Clock clock) {
        this.customers = customers;
        this.processed = processed;
        this.clock = clock;
    }

    @KafkaListener(id = "billing-customers", topics = RegistryTopicConfiguration.NAME)
    @Transactional
    void on(ConsumerRecord<String, byte[]> record) {
        ReceivedEvent event = ReceivedEvent.parse(record.value());
        boolean status = STATUS_CHANGED.equals(event.type());
        boolean billing = BILLING_CHANGED.equals(event.type());
        if ((!status && !billing) || !processed.firstDelivery("billing-customers", event.id())) {
            return;
        }
        if (status) {
            StatusChanged changed = event.dataAs(StatusChanged.class);
            if (changed.clientId() == null || changed.to() == null) {
                log.warn("Skipped client-status-changed event {} without clientId or status", event.id());
                return;
            }
            customers.edit(changed.clientId()).standing(changed.to().name(), clock.instant());
            return;
        }
        BillingChanged changed = event.dataAs(BillingChanged.class);
        if (changed.clientId() == null) {
            log.warn("Skipped client-billing-changed event {} without clientId", event.id());
            return;
        }
        Customer customer = customers.edit(changed.clientId());
        if (changed.status() != null) {
            customer.standing(changed.status().name(), clock.instant());
        }
        customer.billingTerms(
                changed.discountPercent(),
                changed.discountEndsOn(),
                language(changed.preferredLanguage()),
                clock.instant());
    }

    private static String language(String preferred) {
        return preferred == null
                ? null
                : preferred.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

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
