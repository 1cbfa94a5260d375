package ca.clientele.billing.card;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's webhooks. Public (no JWT: Stripe signs instead); the body is taken RAW, as bytes, because the signature
 * covers the exact bytes Stripe sent — a body parsed and re-serialized would never verify.
 */
@RestController
@Hidden
class StripeWebhookController {

    static final String PATH = "/webhooks/stripe";

    private final StripeWebhooks webhooks;

    StripeWebhookController(StripeWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping(path = PATH, consumes = "*/*")
    ResponseEntity<String> receive(
            @RequestBody byte[] body, @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        StripeWebhooks.Outcome outcome = webhooks.receive(body, signature);
        return switch (outcome) {
            case REFUSED -> ResponseEntity.badRequest().body("{\"received\":false}");
            case NOT_CONFIGURED -> ResponseEntity.status(503).body("{\"received\":false}");
            case PROCESSED, DUPLICATE, IGNORED -> ResponseEntity.ok("{\"received\":true}");
        };
    }
}
