package ca.clientele.billing.customer;

import io.github.resilience4j.retry.Retry;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * The registry's contact endpoint as billing calls it (contract 1): {@code GET /api/clients/{id}/contact} with the
 * {@code billing-service} service account's client-credentials token (added by the RestClient's
 * {@code OAuth2ClientHttpRequestInterceptor}). Event-driven refreshes go through a Resilience4j retry (a 5xx or an
 * I/O failure is tried again); the synchronous read at invoice time is tried once.
 */
class RegistryContacts {

    private final RestClient registry;
    private final Retry retry;

    RegistryContacts(RestClient registry, Retry retry) {
        this.registry = registry;
        this.retry = retry;
    }

    /**
     * The client's contact, retried on transient failures; empty when the registry does not know the client (404).
     *
     * @throws RegistryUnavailableException when the registry could not answer after the retries
     */
    Optional<RegistryContact> contact(UUID clientId) {
        try {
            return retry.executeSupplier(() -> once(clientId));
        } catch (RuntimeException failed) {
            // A refused or slow connection, a 5xx after the retries, a 4xx other than 404, or no token.
            throw new RegistryUnavailableException(failed);
        }
    }

    /** One attempt, no retry (the synchronous read while an order is placed). */
    Optional<RegistryContact> contactOnce(UUID clientId) {
        try {
            return once(clientId);
        } catch (RuntimeException failed) {
            throw new RegistryUnavailableException(failed);
        }
    }

    private Optional<RegistryContact> once(UUID clientId) {
        try {
            return Optional.ofNullable(registry.get()
                    .uri("/api/clients/{id}/contact", clientId)
                    .retrieve()
                    .body(RegistryContact.class));
        } catch (HttpClientErrorException notFound) {
            if (notFound.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            throw notFound;
        }
    }

    /** The registry did not answer (down, slow, refusing the token): the copy stays as it was. */
    static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(Throwable cause) {
            super("The client registry did not answer: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
