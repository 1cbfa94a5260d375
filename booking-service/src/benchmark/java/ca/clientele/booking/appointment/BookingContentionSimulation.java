package ca.clientele.booking.appointment;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import ca.clientele.booking.BenchmarkService;
import ca.clientele.platform.testing.TestJwts;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Booking under contention through the HTTP API (issue 10): first 200 clients at once for 20 slots of one staff
 * member (10 per slot: each slot booked exactly once, the others answered 409 "slot taken" with fresh slots), then
 * 1,000 clients for 1,000 distinct slots of 10 staff members. In the same run, after the HTTP load, a plain JDBC loop
 * INSERTs into the same table with the same exclusion constraint (the same two shapes, on other staff members), so
 * the table shows what the API adds to the database's own cost.
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl booking-service test-compile gatling:test exec:java
 * -Dbenchmark.simulation=ca.clientele.booking.appointment.BookingContentionSimulation}; sizes with
 * {@code -Dbenchmark.contention.clients=…}, {@code -Dbenchmark.contention.slots=…}, {@code -Dbenchmark.clients=…}
 * (distinct slots), {@code -Dbenchmark.ramp-seconds=…} (how long the 1,000 arrive over).
 */
public class BookingContentionSimulation extends Simulation {

    private static final int CONTENDERS = Integer.getInteger("benchmark.contention.clients", 200);
    private static final int CONTESTED_SLOTS = Integer.getInteger("benchmark.contention.slots", 20);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 1_000);
    private static final int RAMP_SECONDS = Integer.getInteger("benchmark.ramp-seconds", 20);
    private static final int STAFF = 10;
    private static final long SEED = 20_261_202L;

    private final BenchmarkService server = BenchmarkService.start();
    private final DataSource dataSource = server.bean(DataSource.class);
    private final BookingBenchmarkWorld world;

    {
        try {
            // Staff 0: contended over HTTP; 1..10: distinct over HTTP; 11: contended by JDBC; 12..21: distinct by JDBC.
            world = BookingBenchmarkWorld.create(dataSource, 2 * (1 + STAFF));
            TestJwts jwts = server.bean(TestJwts.class);
            List<Map<String, Object>> contending = new ArrayList<>();
            List<UUID[]> contenders = world.clients(dataSource, CONTENDERS);
            for (int n = 0; n < CONTENDERS; n++) {
                contending.add(request(jwts, contenders.get(n), world.staff.getFirst(), world.slot(n % CONTESTED_SLOTS)));
            }
            Collections.shuffle(contending, new Random(SEED));
            List<Map<String, Object>> distinct = new ArrayList<>();
            List<UUID[]> clients = world.clients(dataSource, CLIENTS);
            for (int n = 0; n < CLIENTS; n++) {
                distinct.add(request(jwts, clients.get(n), world.staff.get(1 + n % STAFF), world.slot(n / STAFF)));
            }
            Collections.shuffle(distinct, new Random(SEED + 1));

            HttpProtocolBuilder api = http.baseUrl(server.baseUrl())
                    .acceptHeader("application/json")
                    .contentTypeHeader("application/json");
            ScenarioBuilder race = scenario("contention")
                    .exec(feed(listFeeder(contending).queue()))
                    .exec(http("book: " + CONTENDERS + " clients for " + CONTESTED_SLOTS + " slots")
                            .post("/api/bookings")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("#{body}"))
                            .check(status().in(201, 409)));
            ScenarioBuilder spread = scenario("distinct slots")
                    .exec(feed(listFeeder(distinct).queue()))
                    .exec(http("book: " + CLIENTS + " clients for " + CLIENTS + " distinct slots")
                            .post("/api/bookings")
                            .header("Authorization", "Bearer #{token}")
                            .body(StringBody("#{body}"))
                            .check(status().is(201)));
            setUp(race.injectOpen(atOnceUsers(CONTENDERS))
                            .andThen(spread.injectOpen(rampUsers(CLIENTS).during(Duration.ofSeconds(RAMP_SECONDS)))))
                    .protocols(api)
                    .maxDuration(Duration.ofMinutes(10))
                    .assertions(global().failedRequests().count().is(0L));
        } catch (SQLException e) {
            throw new IllegalStateException("Preparing the booking benchmark failed", e);
        }
    }

    private Map<String, Object> request(TestJwts jwts, UUID[] client, UUID staffId, Instant start) {
        String body = """
                {"clientId": "%s", "serviceId": "%s", "branchId": "%s", "staffId": "%s", "start": "%s",
                 "petIds": ["%s"], "petNames": ["Minou"]}"""
                .formatted(client[0], world.serviceId, world.branchId, staffId, start, client[1]);
        return Map.of("token", jwts.client(client[0], null, "Client", "Banc"), "body", body);
    }

    @Override
    public void after() {
        try {
            JdbcClient jdbc = server.bean(JdbcClient.class);
            long contendedWinners = jdbc.sql("select count(*) from appointment where staff_id = ?")
                    .param(world.staff.getFirst())
                    .query(Long.class)
                    .single();
            long overlaps = jdbc.sql("select count(*) from appointment a join appointment b on a.staff_id = b.staff_id"
                            + " and a.id < b.id and a.blocked && b.blocked"
                            + " where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'")
                    .query(Long.class)
                    .single();
            BookingInsertLoop loop = new BookingInsertLoop(dataSource, world);
            List<BookingInsertLoop.Result> results = List.of(
                    loop.run(CONTENDERS + " inserts for " + CONTESTED_SLOTS + " slots", CONTENDERS, CONTESTED_SLOTS,
                            1 + STAFF, 1, 0),
                    loop.run(CLIENTS + " inserts for " + CLIENTS + " distinct slots", CLIENTS, CLIENTS, 2 + STAFF,
                            STAFF, 0));
            StringBuilder report = new StringBuilder()
                    .append("HTTP contention: ")
                    .append(contendedWinners)
                    .append(" of ")
                    .append(CONTESTED_SLOTS)
                    .append(" contested slots booked; overlapping live appointments in the table: ")
                    .append(overlaps)
                    .append("\n\n")
                    .append(BookingInsertLoop.Result.header())
                    .append('\n');
            results.forEach(result -> report.append(result.row()).append('\n'));
            System.out.println(report);
            Path out = Path.of("target", "gatling", "booking-insert-loop.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        } catch (SQLException e) {
            throw new IllegalStateException("The JDBC insert loop failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.close();
        }
    }
}
