package ca.clientele.billing.card;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Paying an order by card ("Payer"): the PaymentIntent Stripe.js confirms, and what Stripe said of it since. */
@RestController
@RequestMapping("/api/payments/card-intents")
class CardPaymentController {

    private final CardPayments payments;

    CardPaymentController(CardPayments payments) {
        this.payments = payments;
    }

    @PostMapping
    @ApiResponse(responseCode = "201")
    ResponseEntity<CardIntentView> start(
            @Parameter(hidden = true) Caller caller, @Valid @RequestBody CardIntentRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.start(request, caller));
    }

    @GetMapping("/{id}")
    CardIntentStatus status(@Parameter(hidden = true) Caller caller, @PathVariable String id) {
        if (!PaymentMethodController.STRIPE_ID.matcher(id).matches()) {
            throw new ResourceNotFoundException();
        }
        return payments.status(id, caller);
    }
}
