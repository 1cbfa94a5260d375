package ca.clientele.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCookieFilterTest {

    @Test
    void dropsOnlyTheGatewaySessionCookie() {
        assertThat(SessionCookieFilter.withoutSession("SESSION=abc; XSRF-TOKEN=t; clientele-lang=fr-CA"))
                .isEqualTo("XSRF-TOKEN=t; clientele-lang=fr-CA");
        assertThat(SessionCookieFilter.withoutSession("XSRF-TOKEN=t;SESSION=abc"))
                .isEqualTo("XSRF-TOKEN=t");
        assertThat(SessionCookieFilter.withoutSession("SESSION=abc")).isEmpty();
        assertThat(SessionCookieFilter.withoutSession("MYSESSION=keep")).isEqualTo("MYSESSION=keep");
    }
}
