package ca.clientele.ticket.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two people replying at the same instant both land: the ticket row is locked, not versioned, for a reply. */
@TicketIntegrationTest
class ConcurrentRepliesIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void concurrentRepliesOfTheClientAndStaffAreAllStored() throws Exception {
        TicketApi api = new TicketApi(port);
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, "Léa", "Côté");
        String staff = jwts.staff(UUID.randomUUID());
        double clientBefore = posted("client");
        double staffBefore = posted("staff");
        String ticket = api.open(client, clientId, "Course", "Départ").get("id").asString();

        int rounds = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                CountDownLatch start = new CountDownLatch(1);
                int n = round;
                Callable<Integer> fromClient = () -> {
                    start.await();
                    return reply(api, client, ticket, "Client " + n);
                };
                Callable<Integer> fromStaff = () -> {
                    start.await();
                    return reply(api, staff, ticket, "Personnel " + n);
                };
                results.add(pool.submit(fromClient));
                results.add(pool.submit(fromStaff));
                start.countDown();
                results.get(results.size() - 1).get();
                results.get(results.size() - 2).get();
            }
            assertThat(results).allSatisfy(result -> assertThat(result.get()).isEqualTo(201));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from ticket_message where ticket_id = ?::uuid")
                        .param(ticket)
                        .query(Long.class)
                        .single())
                .isEqualTo(1 + 2L * rounds);
        assertThat(api.http
                        .get("/api/tickets/" + ticket + "/messages?size=100", staff)
                        .json()
                        .get("page")
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1 + 2L * rounds);
        // clientele_messages_posted_total{author} (docs/observability.md): the opening message and every reply.
        assertThat(posted("client")).isEqualTo(clientBefore + 1 + rounds);
        assertThat(posted("staff")).isEqualTo(staffBefore + rounds);
    }

    private double posted(String author) {
        Counter counter =
                meters.find("clientele.messages.posted").tag("author", author).counter();
        return counter == null ? 0 : counter.count();
    }

    private static int reply(TicketApi api, String token, String ticket, String body) {
        ApiClient.Response response = api.http.post(
                "/api/tickets/" + ticket + "/messages", token, "{\"body\": %s}".formatted(TicketApi.quote(body)));
        return response.status();
    }
}
