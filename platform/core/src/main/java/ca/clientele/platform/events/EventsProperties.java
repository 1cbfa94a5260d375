package ca.clientele.platform.events;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a service publishes: its topic (e.g. {@code clientele.client.v1}), the CloudEvents
 * {@code source} and the prefix of its event types (e.g. {@code ca.clientele.client}). Partitions
 * and replicas size the topic the service creates at start (3 and 1 locally).
 */
@ConfigurationProperties("clientele.events")
public record EventsProperties(String topic, String source, String typePrefix, Integer partitions, Integer replicas) {

    int partitionsOrDefault() {
        return partitions == null ? 3 : partitions;
    }

    int replicasOrDefault() {
        return replicas == null ? 1 : replicas;
    }
}
