package ca.clientele.billing.card;

/** Stripe is not configured, unreachable or failing: the caller gets a 503 problem saying card payment is unavailable. */
class StripeUnavailableException extends RuntimeException {

    StripeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
