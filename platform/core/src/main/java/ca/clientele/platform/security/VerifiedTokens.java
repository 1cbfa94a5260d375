package ca.clientele.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A {@link JwtDecoder} that checks each bearer token once (ADR 0038). A portal sends the same access token with every
 * call for its whole lifetime (five minutes in Keycloak), and checking its RSA signature and claims again on each
 * request was an eighth of a service's CPU per request. A token that passed is kept, by its exact text, until it
 * expires (never longer than {@link #MAX_KEEP}); one that failed is never kept, so it fails again. Keeping it changes
 * nothing a stateless check could see: the same text, signed by the same key, with the same claims, is valid until the
 * same expiry.
 */
final class VerifiedTokens implements JwtDecoder {

    /** An upper bound even for a long-lived token, so that a rotated-out signing key stops being honoured soon. */
    static final Duration MAX_KEEP = Duration.ofMinutes(5);

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder delegate, Clock clock, long maximumSize) {
        this.delegate = delegate;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> keep(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && isLive(known)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Checked again on every use: the cache's own expiry runs on another clock and may be a little late. */
    private boolean isLive(Jwt jwt) {
        return jwt.getExpiresAt().isAfter(clock.instant());
    }

    private Duration keep(Jwt jwt) {
        Duration left = Duration.between(clock.instant(), jwt.getExpiresAt());
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(MAX_KEEP) < 0 ? left : MAX_KEEP;
    }
}
