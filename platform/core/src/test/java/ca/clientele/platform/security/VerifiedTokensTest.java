package ca.clientele.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-02T17:00:00Z");

    private final List<String> checked = new ArrayList<>();
    private Instant now = NOW;

    /** Stands for the signature and claims check: counts what it is asked, refuses "forged". */
    private final JwtDecoder check = token -> {
        checked.add(token);
        if (token.startsWith("forged")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
                .header("alg", "RS256")
                .subject("user")
                .issuedAt(NOW)
                .expiresAt(NOW.plus(Duration.ofMinutes(5)))
                .build();
    };

    private final VerifiedTokens tokens = new VerifiedTokens(check, new MovableClock(), 100);

    @Test
    void aTokenIsCheckedOnceWhileItIsValid() {
        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");
        Jwt other = tokens.decode("token-b");

        assertThat(again).isSameAs(first);
        assertThat(other.getTokenValue()).isEqualTo("token-b");
        assertThat(checked).containsExactly("token-a", "token-b");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checked).containsExactly("forged", "forged");
    }

    @Test
    void aTokenIsCheckedAgainOnceItExpires() {
        tokens.decode("token-a");
        now = NOW.plus(Duration.ofMinutes(5));

        tokens.decode("token-a");

        assertThat(checked).containsExactly("token-a", "token-a");
    }

    private final class MovableClock extends Clock {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
