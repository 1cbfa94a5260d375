package ca.clientele.event.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncomingEventTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-22T12:00:00Z");
    private static final UUID CLIENT = UUID.fromString("5f0c2a8e-1d3b-4c57-9a0e-2b7f4c1d9e63");

    @Test
    void readsTheEnvelopeAndKeepsDataAsJson() {
        IncomingEvent event = IncomingEvent.parse(bytes("""
                        {"specversion":"1.0","id":"e-1","source":"/clientele/client-registry-service",
                         "type":"ca.clientele.client.client-registered","subject":"%s",
                         "time":"2026-11-21T16:30:00-05:00","datacontenttype":"application/json",
                         "data":{"clientId":"%s","channel":"STAFF"},"unknownextension":"kept out"}
                        """.formatted(CLIENT, CLIENT)), RECEIVED);

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.clientId()).isEqualTo(CLIENT);
        assertThat(event.type()).isEqualTo("ca.clientele.client.client-registered");
        assertThat(event.source()).isEqualTo("/clientele/client-registry-service");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-21T21:30:00Z"));
        assertThat(event.data()).isEqualTo("{\"clientId\":\"" + CLIENT + "\",\"channel\":\"STAFF\"}");
    }

    @Test
    void anEventWithoutTimeOrDataStillHasAPlace() {
        IncomingEvent event = IncomingEvent.parse(bytes("""
                        {"id":"e-2","source":"/x","type":"ca.clientele.booking.something-new","subject":"%s"}
                        """.formatted(CLIENT)), RECEIVED);

        assertThat(event.occurredAt()).isEqualTo(RECEIVED);
        assertThat(event.data()).isNull();
    }

    @Test
    void refusesWhatIsNotACloudEventAboutAClient() {
        assertMalformed(null);
        assertMalformed(new byte[0]);
        assertMalformed(bytes("not json at all"));
        assertMalformed(bytes("[1,2,3]"));
        assertMalformed(bytes("{\"id\":\"e-3\",\"source\":\"/x\",\"type\":\"t\"}"));
        assertMalformed(bytes("{\"id\":\"e-3\",\"source\":\"/x\",\"type\":\"t\",\"subject\":\"nobody\"}"));
        assertMalformed(bytes("{\"id\":\"e-3\",\"source\":\"/x\",\"type\":\"t\",\"subject\":\"1-2-3-4-5\"}"));
        assertMalformed(bytes("{\"id\":\" \",\"source\":\"/x\",\"type\":\"t\",\"subject\":\"" + CLIENT + "\"}"));
        assertMalformed(bytes("{\"id\":\"e-3\",\"source\":\"/x\",\"type\":\"t\",\"subject\":\"" + CLIENT
                + "\",\"time\":\"yesterday\"}"));
    }

    @Test
    void theReasonNeverQuotesThePayload() {
        assertThatThrownBy(() -> IncomingEvent.parse(bytes("{\"secret\": Béliveau"), RECEIVED))
                .isInstanceOf(MalformedEventException.class)
                .message()
                .doesNotContain("Béliveau", "secret");
    }

    private static void assertMalformed(byte[] value) {
        assertThatThrownBy(() -> IncomingEvent.parse(value, RECEIVED)).isInstanceOf(MalformedEventException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
