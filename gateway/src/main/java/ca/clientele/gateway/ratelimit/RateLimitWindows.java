package ca.clientele.gateway.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Fixed-window counters in PostgreSQL: one upsert per counted request, atomic under concurrency
 * (the row lock of {@code ON CONFLICT DO UPDATE}), windows cut by the database's clock so that
 * replicas with drifting clocks still share the same windows.
 */
final class RateLimitWindows {

    /** What one counted request learns: allowed or not, and when the window ends. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final String HIT = """
            INSERT INTO rate_limit_window AS w (bucket_key, window_start, hits)
            VALUES (?, date_bin(make_interval(secs => ?::double precision), statement_timestamp(),
                                TIMESTAMPTZ '2000-01-01 00:00:00+00'), 1)
            ON CONFLICT (bucket_key) DO UPDATE
            SET hits = CASE WHEN w.window_start = EXCLUDED.window_start THEN w.hits + 1 ELSE 1 END,
                window_start = EXCLUDED.window_start
            RETURNING hits,
                      CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ?::double precision)
                                               - statement_timestamp())))::bigint
            """;

    private final JdbcTemplate jdbc;

    RateLimitWindows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one request of {@code caller} against {@code limit} requests per {@code window}. */
    Mono<Decision> hit(String limitName, String caller, int limit, Duration window) {
        double seconds = window.toMillis() / 1000.0;
        String key = hash(limitName + ":" + caller);
        return Mono.fromCallable(() -> jdbc.queryForObject(
                        HIT,
                        (rs, row) -> new Decision(rs.getInt(1) <= limit, Math.max(1, rs.getLong(2))),
                        key,
                        seconds,
                        seconds))
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** Deletes counters whose window ended long ago; idempotent, so every replica may run it. */
    int deleteOlderThan(Duration age) {
        return jdbc.update(
                "DELETE FROM rate_limit_window WHERE window_start < statement_timestamp() - make_interval(secs => ?::double precision)",
                age.toMillis() / 1000.0);
    }

    /**
     * Session ids and IP addresses are not written in clear. (A hashed IPv4 address can be found
     * by trying them all; what protects those is that a row lives only a few windows.)
     */
    private static String hash(String value) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
