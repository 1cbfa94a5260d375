package ca.clientele.event.retention;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the timeline keeps each category's events ({@code clientele.events.retention.*}),
 * counted from the later of the event's time and its arrival. A category not listed keeps
 * {@code default-period}. Defaults are conservative (ADR 0026): seven years, the longest period
 * Quebec law asks of the records behind these events (billing, Revenu Québec); a shorter period is
 * an operator's decision.
 *
 * @param enabled false stops the scheduled purge (nothing is ever deleted)
 * @param interval time between two purges
 * @param defaultPeriod the period of a category without its own
 * @param periods by category code (client, messages, appointments, billing, documents, notifications, security)
 */
@ConfigurationProperties("clientele.events.retention")
record RetentionProperties(Boolean enabled, Duration interval, Duration defaultPeriod, Map<String, Duration> periods) {

    static final Duration SEVEN_YEARS = Duration.ofDays(2557);

    RetentionProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofHours(1) : interval;
        defaultPeriod = defaultPeriod == null ? SEVEN_YEARS : defaultPeriod;
        periods = periods == null ? Map.of() : Map.copyOf(periods);
    }

    Duration periodOf(String category) {
        Duration period = periods.get(category);
        return period != null ? period : defaultPeriod;
    }

    /** The shortest period of all: nothing younger than it can be due. */
    Duration shortest() {
        return periods.values().stream().reduce(defaultPeriod, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
}
