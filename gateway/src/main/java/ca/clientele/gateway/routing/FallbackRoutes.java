package ca.clientele.gateway.routing;

import ca.clientele.gateway.web.Language;
import ca.clientele.gateway.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Where each route's circuit breaker forwards when its service is down, slow or failing: an RFC
 * 9457 problem with 503, in the caller's language, instead of a gateway stack trace or a hang.
 * Reached only by an internal forward (security has already run for the original request).
 */
@Configuration(proxyBeanMethods = false)
class FallbackRoutes {

    private static final Logger log = LoggerFactory.getLogger(FallbackRoutes.class);

    static final String PATH = "/fallback/{service}";

    @Bean
    RouterFunction<ServerResponse> fallbackRouter() {
        return RouterFunctions.route(RequestPredicates.path(PATH), FallbackRoutes::unavailable);
    }

    static Mono<ServerResponse> unavailable(ServerRequest request) {
        String service = request.pathVariable("service");
        Throwable cause =
                request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        // Operators need the why; the request path may name a client, so it is not logged.
        log.warn(
                "Service {} unavailable, answering 503: {}",
                service,
                cause == null ? "circuit open" : cause.getClass().getName() + ": " + cause.getMessage());
        Language language = Language.of(request.exchange().getRequest());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, Problems.unavailableDetail(language));
        problem.setTitle(Problems.unavailableTitle(language));
        problem.setProperty("service", service);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header("Retry-After", "10")
                .bodyValue(problem);
    }
}
