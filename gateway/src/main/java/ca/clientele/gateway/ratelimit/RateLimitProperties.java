package ca.clientele.gateway.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's rate limits (ADR 0032): requests allowed per window, counted in PostgreSQL so
 * that all replicas share one count. The defaults are production values; the local stack raises
 * them (its browser tests sign in many times from 127.0.0.1).
 *
 * @param enabled whether requests are counted at all
 * @param window the length of one counting window
 * @param signInPerIp sign-in requests ({@code /oauth2/authorization/**} and the
 *     {@code /login/oauth2/code/**} callback, two per sign-in) per IP address and window
 * @param writesPerSession POST, PUT, PATCH and DELETE requests per session and window
 * @param writesPerIp the same requests per IP address and window, all sessions together (many
 *     sessions opened from one address, or writes without a session)
 * @param cleanupInterval how often counters of past windows are deleted
 */
@ConfigurationProperties("clientele.rate-limits")
record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1m") Duration window,
        @DefaultValue("60") int signInPerIp,
        @DefaultValue("120") int writesPerSession,
        @DefaultValue("600") int writesPerIp,
        @DefaultValue("5m") Duration cleanupInterval) {}
