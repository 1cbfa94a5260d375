package ca.clientele.registry.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.UUID;

/**
 * Two-factor sign-in as Keycloak holds it, for the registry (ADR 0010). Showing a record uses a
 * state read at most {@code clientele.keycloak.two-factor-ttl} ago, so reading a record costs no
 * admin-API call most of the time; deciding a change always asks Keycloak, and every change made
 * here is forgotten at once, so the next read shows it.
 */
public class TwoFactorStates {

    private final IdentityAccounts identity;
    private final Cache<UUID, TwoFactorState> recent;

    TwoFactorStates(IdentityAccounts identity, Duration ttl, long maximumSize, Ticker ticker) {
        this.identity = identity;
        this.recent = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .ticker(ticker)
                .build();
    }

    /** For showing: at most the time-to-live old. Never throws; {@link TwoFactorState#UNKNOWN} is never kept. */
    public TwoFactorState recent(UUID accountId) {
        TwoFactorState known = recent.getIfPresent(accountId);
        return known != null ? known : live(accountId);
    }

    /** For deciding a change: Keycloak's answer now (kept for the next reads). */
    public TwoFactorState live(UUID accountId) {
        TwoFactorState state = identity.twoFactorState(accountId);
        if (state == TwoFactorState.UNKNOWN) {
            recent.invalidate(accountId);
        } else {
            recent.put(accountId, state);
        }
        return state;
    }

    /** The client enrols a one-time-password app at their next sign-in. */
    public void require(UUID accountId) {
        try {
            identity.requireTwoFactor(accountId);
        } finally {
            recent.invalidate(accountId);
        }
    }

    /** Removes the one-time-password credentials and any pending enrolment. */
    public void remove(UUID accountId) {
        try {
            identity.removeTwoFactor(accountId);
        } finally {
            recent.invalidate(accountId);
        }
    }
}
