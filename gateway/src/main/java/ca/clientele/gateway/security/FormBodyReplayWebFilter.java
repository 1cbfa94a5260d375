package ca.clientele.gateway.security;

import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs just before the CSRF check. When a state-changing form post comes without the CSRF header,
 * the token has to be read from the form, which would consume the body the gateway forwards.
 * This filter buffers that (small, url-encoded) body once and hands on an exchange whose body can
 * be read again: the form parser reads one copy, the proxy forwards another, byte for byte.
 * Requests carrying the header, JSON, multipart uploads and webhooks pass through untouched.
 */
final class FormBodyReplayWebFilter implements WebFilter {

    /** Far above any form a person fills in; a larger url-encoded body is refused, not buffered. */
    static final int MAX_FORM_BYTES = 256 * 1024;

    private static final ResolvableType FORM_TYPE =
            ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class, String.class);

    private final String csrfHeaderName;

    FormBodyReplayWebFilter(String csrfHeaderName) {
        this.csrfHeaderName = csrfHeaderName;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!needsReplay(exchange)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(exchange.getRequest().getBody(), MAX_FORM_BYTES)
                .map(FormBodyReplayWebFilter::bytes)
                .defaultIfEmpty(new byte[0])
                .onErrorMap(
                        DataBufferLimitException.class,
                        tooLarge -> new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE))
                .flatMap(body -> chain.filter(new ReplayableFormExchange(exchange, body)));
    }

    private boolean needsReplay(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        boolean safe = HttpMethod.GET.equals(method)
                || HttpMethod.HEAD.equals(method)
                || HttpMethod.OPTIONS.equals(method)
                || HttpMethod.TRACE.equals(method);
        return !safe
                && !request.getHeaders().containsHeader(csrfHeaderName)
                && HeaderFirstCsrfTokenRequestHandler.isForm(exchange);
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** An exchange whose body (and the form parsed from it) can be read any number of times. */
    private static final class ReplayableFormExchange extends ServerWebExchangeDecorator {

        private final ServerHttpRequest request;
        private final Mono<MultiValueMap<String, String>> formData;

        ReplayableFormExchange(ServerWebExchange delegate, byte[] body) {
            super(delegate);
            DataBufferFactory buffers = delegate.getResponse().bufferFactory();
            this.request = new ServerHttpRequestDecorator(delegate.getRequest()) {
                @Override
                public Flux<DataBuffer> getBody() {
                    return Flux.defer(() -> Flux.just(buffers.wrap(body)));
                }
            };
            this.formData = new FormHttpMessageReader()
                    .readMono(FORM_TYPE, request, Map.of())
                    .cache();
        }

        @Override
        public ServerHttpRequest getRequest() {
            return request;
        }

        @Override
        public Mono<MultiValueMap<String, String>> getFormData() {
            return formData;
        }
    }
}
