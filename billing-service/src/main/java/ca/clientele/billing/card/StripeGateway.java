package ca.clientele.billing.card;

import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one door to Stripe: the official {@link StripeClient} (absent without keys), every call with an idempotency
 * key, and Stripe's errors turned into ours — a declined card is a 422 in words, a missing object (someone else's
 * card) a 404, anything else (network, Stripe down, bad key) a 503 "card payment unavailable".
 */
@Component
class StripeGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final StripeProperties properties;
    private final Optional<StripeClient> client;

    StripeGateway(StripeProperties properties) {
        this.properties = properties;
        this.client = properties.configured()
                ? Optional.of(StripeClient.builder()
                        .setApiKey(properties.secretKey())
                        .setApiBase(properties.apiBase())
                        .setConnectTimeout(5_000)
                        .setReadTimeout(20_000)
                        .setMaxNetworkRetries(2)
                        .build())
                : Optional.empty();
    }

    boolean available() {
        return client.isPresent();
    }

    String publishableKey() {
        return available() ? properties.publishableKey() : null;
    }

    String jsUrl() {
        return properties.jsUrl();
    }

    /**
     * A Stripe call; {@code idempotencyKey} is sent with it so that a retry never does it twice (every write has one;
     * a read passes null: GETs are idempotent by nature).
     */
    <T> T call(String idempotencyKey, StripeCall<T> call) {
        StripeClient stripe = client.orElseThrow(() -> new StripeUnavailableException("No Stripe key", null));
        RequestOptions options =
                RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
        try {
            return call.on(stripe, options);
        } catch (CardException declined) {
            throw new DomainRuleException("card.declined");
        } catch (InvalidRequestException invalid) {
            if ("resource_missing".equals(invalid.getCode())) {
                throw new ResourceNotFoundException();
            }
            log.warn(
                    "Stripe refused a request: {} {}",
                    invalid.getCode(),
                    invalid.getStripeError() == null
                            ? ""
                            : invalid.getStripeError().getType());
            throw new StripeUnavailableException("Stripe refused the request", invalid);
        } catch (IdempotencyException reused) {
            log.warn("Stripe idempotency conflict on key {}", idempotencyKey);
            throw new DomainRuleException("card.retry");
        } catch (StripeException failure) {
            log.warn("Stripe call failed: {} (status {})", failure.getClass().getSimpleName(), failure.getStatusCode());
            throw new StripeUnavailableException("Stripe call failed", failure);
        }
    }

    @FunctionalInterface
    interface StripeCall<T> {
        T on(StripeClient stripe, RequestOptions options) throws StripeException;
    }
}
