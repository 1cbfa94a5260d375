package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The local stack's demo tickets: the demo client sees one ticket per status in "Mes messages", and running the demo
 * data again (every restart does) adds nothing. The bean is built here by hand: it exists only under profile demo.
 */
@TicketIntegrationTest
class DemoTicketsIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoClientSeesOneTicketPerStatusAndARestartAddsNothing() {
        DemoTickets demo = new DemoTickets(tickets, repository);
        demo.addMissing();
        long messages = messageCount();

        assertThat(demo.addMissing()).as("a second start").isZero();
        assertThat(messageCount()).isEqualTo(messages).isEqualTo(5);

        TicketApi api = new TicketApi(port);
        String francis = jwts.client(DemoTickets.FRANCIS, "client1@clientele.test", "Francis", "Marceau");
        JsonNode mine = api.list(francis, "clientId=" + DemoTickets.FRANCIS);
        assertThat(TicketApi.texts(mine.get("content"), "status"))
                .containsExactlyInAnyOrder("WAITING_ON_CLIENT", "WAITING_ON_STAFF", "CLOSED");
        JsonNode answered = api.get(francis, DemoTickets.WAITING_ON_CLIENT.toString());
        assertThat(answered.get("statusLabel").asString()).isEqualTo("En attente de la réponse du client");
        assertThat(answered.get("messages").get(0).get("authorName").asString()).isEqualTo("Cynthia Lemay");
        assertThat(answered.get("serviceOptions").get(0).get("label").asString())
                .isEqualTo("Taille des griffes");

        String other = jwts.client(UUID.randomUUID(), "client2@clientele.test", "Marie", "Tremblay");
        assertThat(api.http
                        .get("/api/tickets/" + DemoTickets.WAITING_ON_STAFF, other)
                        .status())
                .isEqualTo(404);
    }

    private long messageCount() {
        return jdbc.sql(
                        "select count(*) from ticket_message m join ticket t on t.id = m.ticket_id where t.client_id = ?")
                .param(DemoTickets.FRANCIS)
                .query(Long.class)
                .single();
    }
}
