package ca.clientele.ticket.ticket;

import ca.clientele.platform.testing.ServerTimings;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The staff inbox over 100,000 tickets and a client's "Mes messages" with 500 tickets, through the HTTP API (issue 9:
 * p95 under 100 ms). Loads the tickets into ticket-service started on loopback ports, warms it up, then runs a
 * bounded number of requests of each kind (Gatling reports p50/p95/p99 per kind).
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl ticket-service test-compile gatling:test exec:java}; sizes with
 * {@code -Dbenchmark.tickets=…}, {@code -Dbenchmark.requests=…} (per kind), {@code -Dbenchmark.users=…},
 * {@code -Dbenchmark.warm-up=…} (per kind); {@code -Dbenchmark.hold=…} (minutes) keeps the loaded service up before
 * the requests, to explain its queries on the data.
 *
 * <p>The warm-up is 150 requests of each kind: with 30, the JIT compiler was still at work while the measured requests
 * ran (as in the slot search benchmark, where it doubled the widest search's p95).
 */
public class TicketListSimulation extends Simulation {

    private static final int TICKETS = Integer.getInteger("benchmark.tickets", 100_000);
    private static final int CLIENT_TICKETS = 500;
    private static final int REQUESTS_PER_KIND = Integer.getInteger("benchmark.requests", 200);
    private static final int USERS = Integer.getInteger("benchmark.users", 2);
    private static final int WARM_UP_PER_KIND = Integer.getInteger("benchmark.warm-up", 150);
    private static final int HOLD_MINUTES = Integer.getInteger("benchmark.hold", 0);
    private static final long SEED = 20_261_201L;

    private final BenchmarkService service = BenchmarkService.start();

    {
        BenchmarkTickets.Loaded loaded = load();
        System.out.println(service.sizes());
        if (HOLD_MINUTES > 0) {
            hold();
        }
        String staff = service.staffToken();
        String client = service.clientToken(
                loaded.busyClient(), loaded.busyClientFirstName(), loaded.busyClientLastName());
        List<Map<String, Object>> warmUp = requests(loaded, staff, client, WARM_UP_PER_KIND, SEED + 1);
        List<Map<String, Object>> measured = requests(loaded, staff, client, REQUESTS_PER_KIND, SEED + 2);

        HttpProtocolBuilder api = http.baseUrl(service.baseUrl()).acceptHeader("application/json");
        ScenarioBuilder warming = scenario("warm-up")
                .repeat(warmUp.size())
                .on(list(listFeeder(warmUp).queue(), "warm-up"));
        ScenarioBuilder users = scenario("ticket lists")
                .repeat(measured.size() / USERS)
                .on(list(listFeeder(measured).queue(), "#{kind}"));

        setUp(warming.injectOpen(atOnceUsers(1)).andThen(users.injectOpen(atOnceUsers(USERS))))
                .protocols(api)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One list request; it must succeed and find at least one ticket (every query is drawn from the data). */
    private static ChainBuilder list(FeederBuilder<Object> requests, String requestName) {
        return feed(requests)
                .exec(http(requestName)
                        .get("/api/tickets")
                        .header("Authorization", "Bearer #{token}")
                        .header(ServerTimings.KIND_HEADER, requestName)
                        .queryParamMap("#{params}")
                        .check(status().is(200), jsonPath("$.page.totalElements").ofLong().gt(0L)));
    }

    /** {@code perKind} requests of each kind, shuffled; each drawn from the loaded tickets. */
    private static List<Map<String, Object>> requests(
            BenchmarkTickets.Loaded loaded, String staff, String client, int perKind, long seed) {
        Random random = new Random(seed);
        List<BenchmarkTickets.Generated> tickets = loaded.tickets();
        Function<Random, BenchmarkTickets.Generated> any = r -> tickets.get(r.nextInt(tickets.size()));
        Function<Random, BenchmarkTickets.Generated> ownTicket = r -> tickets.get(r.nextInt(CLIENT_TICKETS));
        String busy = loaded.busyClient().toString();
        Map<String, Function<Random, Map<String, String>>> kinds = new LinkedHashMap<>();
        kinds.put("inbox: first page", r -> Map.of());
        kinds.put("inbox: status", r -> Map.of("status", pickStatus(r)));
        kinds.put("inbox: assignee + status", r -> Map.of(
                "assignee", BenchmarkTickets.pick(BenchmarkTickets.STAFF, r).toString(), "status", pickStatus(r)));
        kinds.put("inbox: unassigned + category", r -> Map.of(
                "assignee", "none", "category", BenchmarkTickets.pick(BenchmarkTickets.CATEGORIES, r).toString()));
        kinds.put("inbox: branch + type + channel", r -> Map.of(
                "branch", BenchmarkTickets.pick(BenchmarkTickets.BRANCHES, r).toString(),
                "type", "MESSAGE",
                "channel", "PORTAL"));
        kinds.put("inbox: one month, created asc", r -> {
            LocalDate from = LocalDate.now().minusDays(30 + r.nextInt(900));
            return Map.of("from", from.toString(), "to", from.plusDays(30).toString(), "sort", "created",
                    "direction", "asc");
        });
        kinds.put("inbox: page 50", r -> Map.of("page", Integer.toString(40 + r.nextInt(20))));
        kinds.put("inbox search: client surname", r -> Map.of("q", any.apply(r).lastName()));
        kinds.put("inbox search: a word of a message", r -> Map.of("q", any.apply(r).bodyWord()));
        kinds.put("inbox search: ticket number", r -> Map.of("q", Integer.toString(any.apply(r).number())));
        kinds.put("inbox search: subject word + surname", r -> {
            BenchmarkTickets.Generated ticket = any.apply(r);
            return Map.of("q", ticket.subjectWord() + " " + ticket.lastName());
        });
        kinds.put("client list (500 tickets): first page", r -> Map.of("clientId", busy));
        kinds.put("client list: status + page 2", r -> Map.of("clientId", busy, "status", pickStatus(r), "page", "1"));
        kinds.put("client list: search", r -> Map.of("clientId", busy, "q", ownTicket.apply(r).subjectWord()));
        List<Map<String, Object>> requests = new ArrayList<>();
        kinds.forEach((kind, params) -> {
            for (int n = 0; n < perKind; n++) {
                Map<String, String> query = params.apply(random);
                requests.add(Map.of(
                        "kind", kind,
                        "params", new LinkedHashMap<String, Object>(query),
                        "token", kind.startsWith("client") ? client : staff));
            }
        });
        Collections.shuffle(requests, random);
        return requests;
    }

    private static String pickStatus(Random random) {
        return BenchmarkTickets.STATUSES[random.nextInt(3)];
    }

    /**
     * Keeps the loaded service up, so that its queries can be explained on the data with psql (the tokens are keyed
     * hashes, so a search's tokens are best taken from {@code ticket_search_token} by their counts).
     */
    private void hold() {
        System.out.printf(
                "Holding %d minutes: psql '%s', API %s with 'Authorization: Bearer %s'%n",
                HOLD_MINUTES, service.jdbcUrl(), service.baseUrl(), service.staffToken());
        try {
            Thread.sleep(Duration.ofMinutes(HOLD_MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private BenchmarkTickets.Loaded load() {
        long started = System.nanoTime();
        try {
            BenchmarkTickets.Loaded loaded = service.load(TICKETS, CLIENT_TICKETS, SEED);
            System.out.printf(
                    "Loaded %,d tickets in %d s%n",
                    loaded.tickets().size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return loaded;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the benchmark tickets failed", e);
        }
    }

    @Override
    public void after() {
        System.out.println("Server time per kind (from the first servlet filter to the written response):");
        System.out.println(service.serverTimes());
        service.close();
    }
}
