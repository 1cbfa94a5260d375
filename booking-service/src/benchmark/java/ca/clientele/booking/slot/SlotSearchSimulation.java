package ca.clientele.booking.slot;

import ca.clientele.platform.testing.ServerTimings;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import ca.clientele.booking.BenchmarkCatalogue;
import ca.clientele.booking.BenchmarkService;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Slot search over 30 days × 10 staff members with 2,000 existing appointments, through the HTTP API (issue 10: p95
 * under 20 ms). Loads the catalogue and appointments into booking-service started on loopback ports, warms it up, then
 * runs a bounded number of requests of each kind (Gatling reports p50/p95/p99 per kind).
 *
 * <p>{@code ./mvnw -B -Pbenchmark -pl booking-service test-compile gatling:test exec:java}; sizes with
 * {@code -Dbenchmark.staff=…}, {@code -Dbenchmark.appointments=…}, {@code -Dbenchmark.requests=…} (per kind),
 * {@code -Dbenchmark.users=…}, {@code -Dbenchmark.warm-up=…} (per kind); only some kinds with
 * {@code -Dbenchmark.kinds=…} (parts of their names, comma-separated).
 *
 * <p>The warm-up is 400 requests of each kind: with 100, the JIT compiler was still at work (half a core) while the
 * measured requests ran, and the widest search's p95 was twice its steady value.
 */
public class SlotSearchSimulation extends Simulation {

    private static final int STAFF = Integer.getInteger("benchmark.staff", 10);
    private static final int APPOINTMENTS = Integer.getInteger("benchmark.appointments", 2_000);
    private static final int DAYS = 30;
    private static final int REQUESTS_PER_KIND = Integer.getInteger("benchmark.requests", 200);
    private static final int USERS = Integer.getInteger("benchmark.users", 2);
    private static final int WARM_UP_PER_KIND = Integer.getInteger("benchmark.warm-up", 400);
    private static final long SEED = 20_261_202L;

    private final BenchmarkService service = BenchmarkService.start();

    {
        BenchmarkCatalogue.Loaded loaded = load();
        System.out.println(service.sizes());
        if (Boolean.getBoolean("benchmark.explain")) {
            explainBusyTimes(loaded);
        }
        String client = service.clientToken(UUID.randomUUID());
        String staff = service.staffToken();
        List<Map<String, Object>> warmUp = requests(loaded, client, staff, WARM_UP_PER_KIND, SEED + 1);
        List<Map<String, Object>> measured = requests(loaded, client, staff, REQUESTS_PER_KIND, SEED + 2);

        HttpProtocolBuilder api = http.baseUrl(service.baseUrl()).acceptHeader("application/json");
        ScenarioBuilder warming =
                scenario("warm-up").repeat(warmUp.size()).on(search(listFeeder(warmUp).queue(), "warm-up"));
        ScenarioBuilder users = scenario("slot search")
                .repeat(measured.size() / USERS)
                .on(search(listFeeder(measured).queue(), "#{kind}"));

        setUp(warming.injectOpen(atOnceUsers(1)).andThen(users.injectOpen(atOnceUsers(USERS))))
                .protocols(api)
                .maxDuration(Duration.ofMinutes(10))
                .assertions(global().failedRequests().count().is(0L));
    }

    /** One search; it must succeed and answer one entry per date asked for. */
    private static ChainBuilder search(FeederBuilder<Object> requests, String requestName) {
        return feed(requests)
                .exec(http(requestName)
                        .get("/api/slots")
                        .header("Authorization", "Bearer #{token}")
                        .header(ServerTimings.KIND_HEADER, requestName)
                        .queryParamMap("#{params}")
                        .check(
                                status().is(200),
                                // Counted in the bytes, not by a JSON path nor in a decoded string: reading a month
                                // of slots (200 KB) on the same two cores as the service would slow the service down.
                                bodyBytes().transform(SlotSearchSimulation::dates).is(session -> session.getInt("days"))));
    }

    private static final byte[] DATE = "\"date\":".getBytes(StandardCharsets.US_ASCII);

    /** How many {@code "date":} the answer holds: one per day. */
    private static int dates(byte[] body) {
        int count = 0;
        for (int i = 0; i <= body.length - DATE.length; i++) {
            if (body[i] == '"' && Arrays.equals(body, i, i + DATE.length, DATE, 0, DATE.length)) {
                count++;
                i += DATE.length - 1;
            }
        }
        return count;
    }

    /** {@code perKind} requests of each kind, shuffled, on dates drawn within the loaded 30 days. */
    private static List<Map<String, Object>> requests(
            BenchmarkCatalogue.Loaded loaded, String client, String staff, int perKind, long seed) {
        Random random = new Random(seed);
        Function<Integer, LocalDate> day = span -> loaded.firstDay().plusDays(random.nextInt(loaded.days() - span + 1));
        Map<String, Function<Random, Map<String, String>>> kinds = new LinkedHashMap<>();
        kinds.put("in store: one day, all staff", r -> range(BenchmarkCatalogue.IN_STORE, day.apply(1), 1));
        kinds.put("in store: one week, all staff", r -> range(BenchmarkCatalogue.IN_STORE, day.apply(7), 7));
        kinds.put("home visit: one day, all staff", r -> {
            Map<String, String> params = range(BenchmarkCatalogue.HOME, day.apply(1), 1);
            params.put("latitude", "45.5301");
            params.put("longitude", "-73.5702");
            return params;
        });
        kinds.put("in store: 30 days, one staff member", r -> {
            Map<String, String> params = range(BenchmarkCatalogue.IN_STORE, loaded.firstDay(), DAYS);
            params.put("staffId", loaded.staff().get(r.nextInt(loaded.staff().size())).toString());
            return params;
        });
        kinds.put("in store: 30 days, all staff (staff)", r -> range(BenchmarkCatalogue.IN_STORE, loaded.firstDay(), DAYS));
        // -Dbenchmark.kinds=30 days,home: only the kinds whose names contain one of these (to profile one alone).
        String only = System.getProperty("benchmark.kinds", "");
        if (!only.isBlank()) {
            kinds.keySet().removeIf(kind -> Arrays.stream(only.split(",")).noneMatch(kind::contains));
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        kinds.forEach((kind, params) -> {
            for (int n = 0; n < perKind; n++) {
                Map<String, String> query = params.apply(random);
                int days = Integer.parseInt(query.remove("days"));
                requests.add(Map.of(
                        "kind", kind,
                        "params", new LinkedHashMap<String, Object>(query),
                        "days", days,
                        "token", kind.endsWith("(staff)") ? staff : client));
            }
        });
        Collections.shuffle(requests, random);
        return requests;
    }

    private static Map<String, String> range(UUID serviceId, LocalDate from, int days) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("serviceId", serviceId.toString());
        params.put("branchId", BenchmarkCatalogue.BRANCH.toString());
        params.put("from", from.toString());
        params.put("to", from.plusDays(days - 1).toString());
        params.put("days", Integer.toString(days));
        return params;
    }

    private BenchmarkCatalogue.Loaded load() {
        long started = System.nanoTime();
        try {
            BenchmarkCatalogue.Loaded loaded = service.load(STAFF, APPOINTMENTS, DAYS, SEED);
            System.out.printf(
                    "Loaded %d staff members and %,d appointments in %d s%n",
                    loaded.staff().size(),
                    loaded.appointments().size(),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
            return loaded;
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the benchmark catalogue failed", e);
        }
    }

    /** {@code -Dbenchmark.explain=true}: the plan of the widest search's one query (a month of every staff member). */
    private void explainBusyTimes(BenchmarkCatalogue.Loaded loaded) {
        java.time.Instant from = loaded.firstDay().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        service.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("explain (analyze, buffers) select id, staff_id, blocked_from, blocked_until, starts_at, ends_at,"
                        + " case when false and place = 'HOME' then location end as location"
                        + " from appointment where staff_id = any(?) and status <> 'CANCELLED'"
                        + " and blocked && tstzrange(?, ?, '[)') order by starts_at")
                .params(
                        loaded.staff().toArray(UUID[]::new),
                        java.sql.Timestamp.from(from.minus(Duration.ofDays(1))),
                        java.sql.Timestamp.from(from.plus(Duration.ofDays(DAYS))))
                .query(String.class)
                .list()
                .forEach(System.out::println);
    }

    @Override
    public void after() {
        System.out.println("Server time per kind (from the first servlet filter to the written response):");
        System.out.println(service.serverTimes());
        service.close();
    }
}
