package ca.clientele.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/** What {@link DomainEvents} records, and what the outbox then sends to Kafka. */
class OutboxMappingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T16:30:00Z");
    private static final EventsProperties PROPERTIES = new EventsProperties(
            "clientele.booking.v1", "/clientele/booking-service", "ca.clientele.booking", null, null);

    private final List<Object> published = new ArrayList<>();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final DomainEvents events =
            new DomainEvents(published::add, PROPERTIES, mapper, Clock.fixed(NOW, ZoneOffset.UTC));

    record Booked(UUID appointmentId, String startsAt, int minutes) {}

    @Test
    void aPublishedEventIsACloudEventAboutItsSubject() {
        UUID subject = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();

        CloudEvent event = events.publish("appointment-booked", subject, new Booked(appointment, "16:30", 20));

        assertThat(published).containsExactly(event);
        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.id())).isNotNull();
        assertThat(event.source()).isEqualTo("/clientele/booking-service");
        assertThat(event.type()).isEqualTo("ca.clientele.booking.appointment-booked");
        assertThat(event.subject()).isEqualTo(subject.toString());
        assertThat(event.time()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        assertThat(event.datacontenttype()).isEqualTo("application/json");
        assertThat(event.data())
                .isEqualTo(Map.of("appointmentId", appointment.toString(), "startsAt", "16:30", "minutes", 20));
        assertThat(events.publish("appointment-booked", subject, new Booked(appointment, "16:30", 20))
                        .id())
                .isNotEqualTo(event.id());
    }

    @Test
    void theOutboxSendsOnlyCloudEventsToTheServiceTopicKeyedBySubjectAsJson() {
        UUID subject = UUID.randomUUID();
        Booked booked = new Booked(UUID.randomUUID(), "16:30", 20);
        CloudEvent event = events.publish("appointment-booked", subject, booked);
        EventExternalizationConfiguration outbox = new EventsAutoConfiguration()
                .eventExternalization(
                        PROPERTIES,
                        new StaticListableBeanFactory(Map.of("mapper", mapper)).getBeanProvider(JsonMapper.class));

        assertThat(outbox.supports(event)).isTrue();
        assertThat(outbox.supports("an internal Spring event")).isFalse();
        RoutingTarget target = outbox.determineTarget(event);
        assertThat(target.getTarget()).isEqualTo("clientele.booking.v1");
        assertThat(target.getKey()).isEqualTo(subject.toString());

        ReceivedEvent received = ReceivedEvent.parse((byte[]) outbox.map(event));
        assertThat(received.id()).isEqualTo(event.id());
        assertThat(received.type()).isEqualTo(event.type());
        assertThat(received.source()).isEqualTo(event.source());
        assertThat(received.subject()).isEqualTo(subject.toString());
        assertThat(received.time().toInstant()).isEqualTo(NOW);
        assertThat(received.dataAs(Booked.class)).isEqualTo(booked);
    }
}
