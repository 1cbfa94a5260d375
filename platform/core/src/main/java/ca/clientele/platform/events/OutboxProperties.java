package ca.clientele.platform.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbox's repair job ({@code clientele.events.outbox.*}, ADR 0033).
 *
 * @param resubmitAfter a publication still incomplete this long after it was recorded is taken as abandoned (its
 *     instance died, or its send failed) and is sent again; longer than a Kafka send can take (the producer's
 *     {@code delivery.timeout.ms}, 2 minutes by default), so that a send still in flight on a live replica is
 *     not duplicated
 * @param resubmitInterval time between two runs of the job (one replica runs each, under the lease
 *     {@code outbox-resubmission})
 */
@ConfigurationProperties("clientele.events.outbox")
public record OutboxProperties(Duration resubmitAfter, Duration resubmitInterval) {

    public OutboxProperties {
        resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(5) : resubmitAfter;
        resubmitInterval = resubmitInterval == null ? Duration.ofMinutes(1) : resubmitInterval;
    }
}
