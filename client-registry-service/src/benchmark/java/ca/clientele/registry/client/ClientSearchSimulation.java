package ca.clientele.registry.client;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff search on 50,000 clients through the HTTP API. Loads the clients into the registry started
 * on loopback ports, prints the query plans of one search of each kind, warms the service up, then
 * runs a bounded number of searches of each kind (Gatling reports p50/p95/p99 per kind).
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl client-registry-service test-compile gatling:test}; sizes with
 * {@code -Dbenchmark.clients=…}, {@code -Dbenchmark.searches=…} (per kind), {@code -Dbenchmark.users=…}.
 */
public class ClientSearchSimulation extends Simulation {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50_000);
    private static final int SEARCHES_PER_KIND = Integer.getInteger("benchmark.searches", 300);
    private static final int USERS = Integer.getInteger("benchmark.users", 2);
    private static final int WARM_UP_PER_KIND = 50;
    private static final long SEED = 20_261_201L;

    private final BenchmarkService service = BenchmarkService.start();

    {
        List<BenchmarkClients.Generated> clients = load();
        explainOneOfEachKind(clients);
        List<Map<String, Object>> warmUp = new BenchmarkSearches(clients, SEED + 1).mixed(WARM_UP_PER_KIND);
        List<Map<String, Object>> measured = new BenchmarkSearches(clients, SEED + 2).mixed(SEARCHES_PER_KIND);

        HttpProtocolBuilder api = http.baseUrl(service.baseUrl())
                .acceptHeader("application/json")
                .header("Authorization", "Bearer " + service.staffToken());
        ScenarioBuilder warming = scenario("warm-up")
                .repeat(warmUp.size())
                .on(search(listFeeder(warmUp).queue(), "warm-up"));
        ScenarioBuilder staff = scenario("staff searches")
                .repeat(measured.size() / USERS)
                .on(search(listFeeder(measured).queue(), "#{kind}"));

        setUp(warming.injectOpen(atOnceUsers(1)).andThen(staff.injectOpen(atOnceUsers(USERS))))
                .protocols(api)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One search; it must succeed and find at least one client (every query is drawn from the data). */
    private static ChainBuilder search(FeederBuilder<Object> searches, String requestName) {
        return feed(searches)
                .exec(http(requestName)
                        .get("/api/clients")
                        .queryParamMap("#{params}")
                        .check(status().is(200), jsonPath("$.page.totalElements").ofLong().gt(0L)));
    }

    private List<BenchmarkClients.Generated> load() {
        long started = System.nanoTime();
        try {
            List<BenchmarkClients.Generated> clients = service.load(CLIENTS, SEED);
            System.out.printf(
                    "Loaded %,d clients with %,d current pets in %d s%n",
                    clients.size(),
                    clients.stream().mapToInt(c -> c.petNames().size()).sum(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return clients;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the benchmark clients failed", e);
        }
    }

    private void explainOneOfEachKind(List<BenchmarkClients.Generated> clients) {
        BenchmarkClients.Generated someone = clients.stream()
                .filter(c -> c.mobilePhone() != null && !c.petNames().isEmpty())
                .findFirst()
                .orElseThrow();
        Map<String, ClientSearch.Criteria> examples = new LinkedHashMap<>();
        examples.put(BenchmarkSearches.NAME_PREFIX, query(someone.lastName().substring(0, 3)));
        examples.put("one-letter prefix (worst case)", query(someone.lastName().substring(0, 1)));
        examples.put(BenchmarkSearches.TWO_WORDS, query(someone.firstName() + " " + someone.lastName().substring(0, 3)));
        examples.put(BenchmarkSearches.EMAIL, query(someone.email()));
        examples.put(BenchmarkSearches.PHONE, query(someone.mobilePhone()));
        examples.put(BenchmarkSearches.PET_NAME, query(someone.petNames().getFirst().substring(0, 3)));
        examples.put(
                BenchmarkSearches.STATUS_AND_BRANCH,
                new ClientSearch.Criteria(null, ClientStatus.SUSPENDED, BenchmarkClients.BRANCHES.getFirst()));
        examples.put(BenchmarkSearches.FIRST_PAGE, new ClientSearch.Criteria(null, null, null));
        examples.forEach((kind, criteria) -> System.out.printf(
                "%n==== EXPLAIN %s%n%s%n", kind, service.explain(criteria).replace(someone.email(), "…")));
    }

    private static ClientSearch.Criteria query(String q) {
        return new ClientSearch.Criteria(q, null, null);
    }

    @Override
    public void after() {
        service.close();
    }
}
