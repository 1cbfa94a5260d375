package ca.clientele.billing.card;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Modes de paiement": the caller's saved cards, adding one through Stripe Elements, removing one. */
@RestController
@RequestMapping("/api/payment-methods")
class PaymentMethodController {

    /** Stripe ids are letters, digits and underscores; anything else is nobody's card. */
    static final Pattern STRIPE_ID = Pattern.compile("[A-Za-z0-9_]{3,255}");

    private final PaymentMethods methods;
    private final StripeGateway stripe;
    private final MessageSource messages;

    PaymentMethodController(PaymentMethods methods, StripeGateway stripe, MessageSource messages) {
        this.methods = methods;
        this.stripe = stripe;
        this.messages = messages;
    }

    /** Whether card payment is offered now; without a Stripe key it says so in words. */
    @GetMapping("/availability")
    CardAvailability availability(Locale locale) {
        return stripe.available()
                ? new CardAvailability(true, stripe.publishableKey(), stripe.jsUrl(), null)
                : new CardAvailability(false, null, null, messages.getMessage("card.unavailable", null, locale));
    }

    @GetMapping
    List<SavedCard> list(@Parameter(hidden = true) Caller caller) {
        return methods.list(caller.id());
    }

    /**
     * A client's saved cards for staff (the client page's billing section), read-only: brand, last 4, expiry. Another
     * client's cards are a 404 for a client.
     */
    @GetMapping("/clients/{clientId}")
    List<CardOnFile> ofClient(@Parameter(hidden = true) Caller caller, @PathVariable UUID clientId) {
        caller.requireOwnOrStaff(clientId);
        return methods.list(clientId).stream().map(CardOnFile::of).toList();
    }

    @PostMapping("/setup-intents")
    @ApiResponse(responseCode = "201")
    ResponseEntity<SetupIntentView> startSetup(
            @Parameter(hidden = true) Caller caller, @RequestBody(required = false) SetupRequest request) {
        UUID requestId = request == null || request.requestId() == null ? UUID.randomUUID() : request.requestId();
        return ResponseEntity.status(HttpStatus.CREATED).body(methods.startSetup(caller.id(), requestId));
    }

    @DeleteMapping("/{id}")
    @ApiResponse(responseCode = "204")
    ResponseEntity<Void> remove(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        if (!STRIPE_ID.matcher(id).matches()) {
            throw new ResourceNotFoundException();
        }
        methods.remove(caller.id(), id);
        return ResponseEntity.noContent().build();
    }

    /**
     * @param requestId the form's id, so that a double click or a retry asks Stripe once (optional)
     */
    record SetupRequest(UUID requestId) {}
}
