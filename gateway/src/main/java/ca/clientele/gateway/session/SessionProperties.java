package ca.clientele.gateway.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's sessions, kept in PostgreSQL so that every replica serves every user (ADR 0032).
 *
 * @param timeout how long a session lives without a request (then its tokens are gone with it)
 * @param cleanupCron when expired sessions are deleted; every replica runs it, which is harmless
 *     (one {@code DELETE ... WHERE expiry_time < now}, idempotent)
 * @param aeadKeyset Tink AES256-GCM keyset (JSON) that encrypts every session attribute: the
 *     table holds the users' access and refresh tokens
 */
@ConfigurationProperties("clientele.sessions")
record SessionProperties(
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("0 * * * * *") String cleanupCron,
        String aeadKeyset) {}
