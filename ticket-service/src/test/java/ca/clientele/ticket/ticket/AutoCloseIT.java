package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.AnotherReplica;
import ca.clientele.platform.testing.TestJwts;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** A ticket left waiting on the client: one warning 3 days before, closed after 14 days (defaults), time moved. */
@TicketIntegrationTest
class AutoCloseIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TicketTestConfiguration.MovableClock clock;

    @Autowired
    AutoClose autoClose;

    @Autowired
    LockProvider locks;

    TicketApi api;
    TicketEventLog events;
    UUID clientId;
    String client;
    String staff;

    @BeforeEach
    void setUp() {
        api = new TicketApi(port);
        events = new TicketEventLog(broker);
        clientId = UUID.randomUUID();
        client = jwts.client(clientId, null, "Marc", "Simard");
        staff = jwts.staff(UUID.randomUUID());
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        events.close();
    }

    @Test
    void aTicketWaitingOnTheClientIsWarnedOnceThenClosed() {
        String waiting =
                api.open(client, clientId, "Attente", "Bonjour").get("id").asString();
        api.reply(staff, waiting, "Pouvez-vous confirmer?");
        String answered =
                api.open(client, clientId, "Répondu", "Bonjour").get("id").asString();
        api.reply(staff, answered, "Et vous?");
        String onStaff = api.open(client, clientId, "Chez le personnel", "Bonjour")
                .get("id")
                .asString();
        LocalDate closesOn = clock.instant()
                .plus(Duration.ofDays(14))
                .atZone(ZoneId.of("America/Montreal"))
                .toLocalDate();

        clock.advance(Duration.ofDays(10));
        autoClose.runOnce();
        assertThat(api.get(client, waiting).get("status").asString()).isEqualTo("WAITING_ON_CLIENT");

        clock.advance(Duration.ofDays(1).plusHours(1));
        api.reply(client, answered, "Oui, c'est confirmé."); // answered during the warning window: not warned again
        autoClose.runOnce();
        autoClose.runOnce();
        JsonNode warning = events.first(clientId, "ticket-auto-close-warning");
        assertThat(warning.get("ticketId").asString()).isEqualTo(waiting);
        assertThat(warning.get("closesOn").asString()).isEqualTo(closesOn.toString());

        clock.advance(Duration.ofDays(3));
        autoClose.runOnce();
        JsonNode closed = api.get(client, waiting);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(api.get(client, answered).get("status").asString()).isEqualTo("WAITING_ON_STAFF");
        assertThat(api.get(client, onStaff).get("status").asString()).isEqualTo("WAITING_ON_STAFF");

        JsonNode change = events.await(clientId, "ticket-status-changed", 4).stream()
                .filter(c -> c.get("reason").asString().equals("AUTO_CLOSED"))
                .findFirst()
                .orElseThrow();
        assertThat(change.get("ticketId").asString()).isEqualTo(waiting);
        assertThat(change.get("from").asString()).isEqualTo("WAITING_ON_CLIENT");
        assertThat(change.get("changedBy").isNull()).isTrue();
        assertThat(events.types(clientId))
                .filteredOn("ticket-auto-close-warning"::equals)
                .hasSize(1);
    }

    @Test
    void whileAnotherReplicaRunsTheJobThisOneSkipsItsRun() {
        String waiting = api.open(client, clientId, "Deux instances", "Bonjour")
                .get("id")
                .asString();
        api.reply(staff, waiting, "Pouvez-vous confirmer?");
        clock.advance(Duration.ofDays(15));

        try (var replica = AnotherReplica.holding(locks, AutoClose.LOCK)) {
            autoClose.run();
            assertThat(api.get(client, waiting).get("status").asString()).isEqualTo("WAITING_ON_CLIENT");
        }
        autoClose.run();
        assertThat(api.get(client, waiting).get("status").asString()).isEqualTo("CLOSED");
    }
}
