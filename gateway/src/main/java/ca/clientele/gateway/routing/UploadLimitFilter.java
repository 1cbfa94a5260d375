package ca.clientele.gateway.routing;

import ca.clientele.gateway.web.Language;
import ca.clientele.gateway.web.Problems;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a body above {@link UploadLimits} on {@code /api/documents/**} with a 413 problem in the
 * caller's language: at once when the declared {@code Content-Length} says so, and, for a body
 * without one (chunked), as soon as the bytes that went through pass the limit. The body is
 * counted as it streams to the service, never held here: the proxy forwards each chunk as it
 * comes.
 *
 * <p>Ordered after the route filters (ordered 1, 2…): on {@code /api/forms} and the other document
 * routes, inside their circuit breaker, so that the refusal of a chunked body already on its way
 * is answered here, not taken for a failing service by the breaker's fallback.
 */
@Component
class UploadLimitFilter implements GlobalFilter, Ordered {

    static final String PATH_PREFIX = "/api/documents";
    /** The route of POST /api/documents (application.yml). */
    static final String UPLOAD_ROUTE = "documents-upload";

    private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

    private final UploadLimits limits;

    UploadLimitFilter(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public int getOrder() {
        return 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!isDocuments(request.getPath().value())) {
            return chain.filter(exchange);
        }
        long max = limits.maxBodyBytes();
        if (request.getHeaders().getContentLength() > max) {
            return tooLarge(exchange);
        }
        AtomicLong seen = new AtomicLong();
        AtomicBoolean exceeded = new AtomicBoolean();
        Flux<DataBuffer> counted = request.getBody().handle((buffer, sink) -> {
            if (seen.addAndGet(buffer.readableByteCount()) > max) {
                exceeded.set(true);
                DataBufferUtils.release(buffer);
                sink.error(new BodyTooLargeException());
            } else {
                sink.next(buffer);
            }
        });
        ServerHttpRequest limited = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return counted;
            }
        };
        // Whatever the proxy reports once the body was cut (its own error, a closed connection),
        // the cause is the size. An upload has no breaker fallback (see application.yml): a
        // service that cannot be reached gets the fallback's 503 problem from here.
        return chain.filter(exchange.mutate().request(limited).build()).onErrorResume(failure -> {
            if (exceeded.get()) {
                return tooLarge(exchange);
            }
            if (isUploadRoute(exchange)) {
                log.warn(
                        "Document upload failed, answering 503: {}",
                        failure.getClass().getName());
                return unavailable(exchange);
            }
            return Mono.error(failure);
        });
    }

    static boolean isDocuments(String path) {
        return path.equals(PATH_PREFIX) || path.startsWith(PATH_PREFIX + "/");
    }

    private static boolean isUploadRoute(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route != null && UPLOAD_ROUTE.equals(route.getId());
    }

    private static Mono<Void> unavailable(ServerWebExchange exchange) {
        Language language = Language.of(exchange.getRequest());
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "10");
        return Problems.write(
                exchange.getResponse(),
                HttpStatus.SERVICE_UNAVAILABLE,
                Problems.unavailableTitle(language),
                Problems.unavailableDetail(language));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        Language language = Language.of(exchange.getRequest());
        boolean french = language == Language.FR;
        // The client may still be sending: the connection ends with this answer.
        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
        return Problems.write(
                exchange.getResponse(),
                HttpStatus.CONTENT_TOO_LARGE,
                language.pick("Fichier trop volumineux", "File too large"),
                language.pick(
                        "Le fichier dépasse la taille maximale de " + limits.maxFileSize(french) + ".",
                        "The file is larger than the " + limits.maxFileSize(french) + " limit."));
    }

    /** The body went past the limit while streaming. */
    static final class BodyTooLargeException extends RuntimeException {
        BodyTooLargeException() {
            super("request body above the upload limit", null, false, false);
        }
    }
}
