package ca.clientele.event.notification;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * A client's contact details, read from the registry when a notification is sent (never stored here). Each read is
 * retried with exponential backoff and goes through a circuit breaker: a registry that keeps failing is left alone
 * for a while and the notification waits for its next attempt.
 */
@Component
class ContactDirectory {

    /** The registry could not answer (down, slow, circuit open, refused our token). */
    static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final RestClient registry;
    private final Retry retry;
    private final CircuitBreaker breaker;

    ContactDirectory(RestClient registryClient, NotificationProperties properties) {
        this.registry = registryClient;
        NotificationProperties.Registry settings = properties.registry();
        this.retry = Retry.of(
                "registry",
                RetryConfig.custom()
                        .maxAttempts(Math.max(1, settings.retries()))
                        .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.retryBackoff(), 2.0))
                        .ignoreExceptions(HttpClientErrorException.NotFound.class, CallNotPermittedException.class)
                        .build());
        this.breaker = CircuitBreaker.of(
                "registry",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRateThreshold())
                        .slidingWindowSize(10)
                        .minimumNumberOfCalls(5)
                        .waitDurationInOpenState(settings.openFor())
                        .ignoreExceptions(HttpClientErrorException.NotFound.class)
                        .build());
    }

    /** @return the contact details, or empty when the registry does not know the client */
    Optional<ClientContact> contact(UUID clientId) {
        Supplier<ClientContact> call = () -> registry.get()
                .uri("/api/clients/{id}/contact", clientId)
                .retrieve()
                .body(ClientContact.class);
        try {
            return Optional.ofNullable(Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call))
                    .get());
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                return Optional.empty();
            }
            throw new RegistryUnavailableException(
                    "registry answered " + e.getStatusCode().value(), e);
        } catch (CallNotPermittedException open) {
            throw new RegistryUnavailableException("registry circuit open", open);
        } catch (RuntimeException e) {
            throw new RegistryUnavailableException(
                    "registry unavailable (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    CircuitBreaker.State circuitState() {
        return breaker.getState();
    }
}
