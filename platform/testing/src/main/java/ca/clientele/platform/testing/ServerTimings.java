package ca.clientele.platform.testing;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The server's own time for each benchmark request, by kind: from the first servlet filter until the response is
 * written (security, the controller, the queries and the JSON), without the load generator's time to send the request
 * and read the answer. Gatling's figures are client-side and include that time, and on this machine the load generator
 * shares the CPU with the service; the issues' targets are server time. A request says its kind in
 * {@link #KIND_HEADER}; requests without it are not counted. Only {@link BenchmarkServer} registers this.
 */
public final class ServerTimings {

    public static final String KIND_HEADER = "X-Benchmark-Kind";

    private final Map<String, Queue<Long>> nanos = new ConcurrentHashMap<>();

    Filter filter() {
        return (request, response, chain) -> {
            String kind = ((HttpServletRequest) request).getHeader(KIND_HEADER);
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                if (kind != null) {
                    nanos.computeIfAbsent(kind, ignored -> new ConcurrentLinkedQueue<>())
                            .add(System.nanoTime() - started);
                }
            }
        };
    }

    /** A Markdown table of every kind's count and nearest-rank percentiles, in milliseconds. */
    public String table() {
        StringBuilder table =
                new StringBuilder("| Request (server time) | Requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n"
                        + "|---|---:|---:|---:|---:|---:|\n");
        nanos.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(null);
            table.append(String.format(
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                    entry.getKey(),
                    sorted.size(),
                    percentile(sorted, 0.50),
                    percentile(sorted, 0.95),
                    percentile(sorted, 0.99),
                    percentile(sorted, 1.0)));
        });
        return table.toString();
    }

    /** Nearest rank: the smallest value with at least {@code p} of the values at or below it. */
    static double percentile(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1_000_000.0;
    }

    /** What {@link BenchmarkServer} adds to the service: the timings and their filter, before every other one. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        ServerTimings serverTimings() {
            return new ServerTimings();
        }

        @Bean
        FilterRegistrationBean<Filter> serverTimingsFilter(ServerTimings timings) {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(timings.filter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
