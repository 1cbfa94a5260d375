package ca.clientele.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Rate limits at the gateway, counted in PostgreSQL and shared by every replica (ADR 0032). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitConfiguration {

    @Bean
    RateLimitWindows rateLimitWindows(JdbcTemplate jdbc) {
        return new RateLimitWindows(jdbc);
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimitWindows windows, RateLimitProperties properties) {
        return new RateLimitFilter(windows, properties);
    }

    @Bean
    RateLimitCleanup rateLimitCleanup(RateLimitWindows windows, RateLimitProperties properties) {
        return new RateLimitCleanup(windows, properties);
    }

    /** Every replica runs it: deleting past windows twice deletes nothing the second time. */
    static final class RateLimitCleanup {

        private final RateLimitWindows windows;
        private final RateLimitProperties properties;

        RateLimitCleanup(RateLimitWindows windows, RateLimitProperties properties) {
            this.windows = windows;
            this.properties = properties;
        }

        @Scheduled(
                initialDelayString = "${clientele.rate-limits.cleanup-interval:5m}",
                fixedDelayString = "${clientele.rate-limits.cleanup-interval:5m}")
        void deletePastWindows() {
            // Two windows back: the current one and the one just ended are still read.
            windows.deleteOlderThan(properties.window().multipliedBy(2));
        }
    }
}
