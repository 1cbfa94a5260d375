package ca.clientele.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class HeaderFirstCsrfTokenRequestHandlerTest {

    private static final CsrfToken EXPECTED = new DefaultCsrfToken("X-XSRF-TOKEN", "_csrf", "the-token");
    private static final String FORM = "name=%C3%89lise+B%C3%A9liveau&_csrf=from-form&note=a%26b";

    private final HeaderFirstCsrfTokenRequestHandler handler = new HeaderFirstCsrfTokenRequestHandler();

    @Test
    void theHeaderWinsAndTheFormBodyIsNeverRead() {
        FormReadCounter exchange = new FormReadCounter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/x")
                .header("X-XSRF-TOKEN", "from-header")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(FORM)));

        assertThat(handler.resolveCsrfTokenValue(exchange, EXPECTED).block()).isEqualTo("from-header");
        assertThat(exchange.formReads).hasValue(0);
        assertThat(bodyOf(exchange)).isEqualTo(FORM);
    }

    @Test
    void withoutHeaderTheFormFieldIsUsed() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/logout")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(FORM));

        assertThat(handler.resolveCsrfTokenValue(exchange, EXPECTED).block()).isEqualTo("from-form");
    }

    @Test
    void aJsonBodyWithoutHeaderHasNoToken() {
        FormReadCounter exchange = new FormReadCounter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/x")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"_csrf\":\"the-token\"}")));

        assertThat(handler.resolveCsrfTokenValue(exchange, EXPECTED).blockOptional())
                .isEmpty();
        assertThat(exchange.formReads).hasValue(0);
    }

    @Test
    void aStateChangeWithoutTokenIsRefusedWith403Problem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/clients/x")
                .cookie(new HttpCookie("XSRF-TOKEN", "the-token"))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}"));
        AtomicInteger forwarded = new AtomicInteger();

        csrfFilter()
                .filter(exchange, ex -> Mono.fromRunnable(forwarded::incrementAndGet))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("CSRF");
        assertThat(forwarded).hasValue(0);
    }

    @Test
    void aWrongHeaderIsRefusedEvenWithARightFormField() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/clients/x")
                .cookie(new HttpCookie("XSRF-TOKEN", "the-token"))
                .header("X-XSRF-TOKEN", "forged")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("_csrf=the-token"));
        AtomicInteger forwarded = new AtomicInteger();

        csrfFilter()
                .filter(exchange, ex -> Mono.fromRunnable(forwarded::incrementAndGet))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forwarded).hasValue(0);
    }

    @Test
    void theCookieValueAsHeaderPasses() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/clients/x")
                .cookie(new HttpCookie("XSRF-TOKEN", "the-token"))
                .header("X-XSRF-TOKEN", "the-token")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{}"));
        AtomicInteger forwarded = new AtomicInteger();

        csrfFilter()
                .filter(exchange, ex -> Mono.fromRunnable(forwarded::incrementAndGet))
                .block();

        assertThat(forwarded).hasValue(1);
        assertThat(exchange.getResponse().getStatusCode()).isNull();
    }

    @Test
    void aPlainFormWithTheFieldPassesWithItsBodyIntact() {
        String form = "_csrf=the-token&" + FORM;
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/admin/clients/x")
                .cookie(new HttpCookie("XSRF-TOKEN", "the-token"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form));
        AtomicReference<String> forwardedBody = new AtomicReference<>();
        CsrfWebFilter csrf = csrfFilter();
        WebFilterChain proxy = ex -> Mono.fromRunnable(() -> forwardedBody.set(bodyOf(ex)));

        new FormBodyReplayWebFilter("X-XSRF-TOKEN")
                .filter(exchange, ex -> csrf.filter(ex, proxy))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isNull();
        assertThat(forwardedBody).hasValue(form);
    }

    private static CsrfWebFilter csrfFilter() {
        CsrfWebFilter filter = new CsrfWebFilter();
        filter.setCsrfTokenRepository(SecurityConfiguration.csrfTokenRepository());
        filter.setRequestHandler(new HeaderFirstCsrfTokenRequestHandler());
        filter.setAccessDeniedHandler(EntryPoints.accessDenied());
        return filter;
    }

    private static String bodyOf(ServerWebExchange exchange) {
        return DataBufferUtils.join(exchange.getRequest().getBody())
                .map(buffer -> buffer.toString(StandardCharsets.UTF_8))
                .block();
    }

    /** Counts who asks for the parsed form: asking is what consumes a proxied body. */
    private static final class FormReadCounter extends ServerWebExchangeDecorator {

        final AtomicInteger formReads = new AtomicInteger();

        FormReadCounter(ServerWebExchange delegate) {
            super(delegate);
        }

        @Override
        public Mono<MultiValueMap<String, String>> getFormData() {
            formReads.incrementAndGet();
            return super.getFormData();
        }
    }
}
