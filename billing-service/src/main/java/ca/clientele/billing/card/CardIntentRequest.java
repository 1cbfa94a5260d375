package ca.clientele.billing.card;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/**
 * To pay an order by card: with a saved card ({@code paymentMethodId}) or a new one typed into Stripe's form, which
 * {@code saveCard} keeps for next time (optional, false when absent).
 */
record CardIntentRequest(
        @NotNull UUID orderId,
        @Pattern(regexp = "[A-Za-z0-9_]{3,255}") String paymentMethodId,
        Boolean saveCard) {

    boolean keepCard() {
        return Boolean.TRUE.equals(saveCard);
    }
}
