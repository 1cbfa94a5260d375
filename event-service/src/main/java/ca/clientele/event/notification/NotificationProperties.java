package ca.clientele.event.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code clientele.notifications.*}: the sender's pace and retries, the reminder's lead time, the SMS provider.
 *
 * @param maxAttempts attempts before a notification is FAILED (each one already retries the registry itself)
 * @param backoff the wait after the first failed attempt, doubled after each one, at most {@code maxBackoff}
 */
@ConfigurationProperties("clientele.notifications")
record NotificationProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT1M") Duration backoff,
        @DefaultValue("PT1H") Duration maxBackoff,
        @DefaultValue("PT24H") Duration reminderLead,
        @DefaultValue Registry registry,
        @DefaultValue Sms sms) {

    /**
     * The registry calls' own resilience: a few quick retries with exponential backoff, and a circuit breaker that
     * stops calling a registry that keeps failing (the notification then waits for its next attempt).
     */
    record Registry(
            @DefaultValue("3") int retries,
            @DefaultValue("PT0.5S") Duration retryBackoff,
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("PT30S") Duration openFor,
            @DefaultValue("PT5S") Duration timeout) {}

    /** {@code provider}: {@code log} (default: the message is logged, the number masked) or {@code twilio}. */
    record Sms(
            @DefaultValue("log") String provider,
            @DefaultValue Twilio twilio) {}

    /** Twilio's Messages API: {@code POST {baseUrl}/2010-04-01/Accounts/{accountSid}/Messages.json}. */
    record Twilio(
            @DefaultValue("https://api.twilio.com") String baseUrl, String accountSid, String authToken, String from) {}

    Duration backoffAfter(int attempts) {
        Duration wait = backoff;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
