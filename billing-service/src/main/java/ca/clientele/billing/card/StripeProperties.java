package ca.clientele.billing.card;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe's keys and address. All keys come from the environment (a Kubernetes Secret in production), never from
 * git. Without a secret and a publishable key (the local default) card payments are unavailable and say so.
 *
 * @param secretKey the API secret key ({@code sk_…}), server side only
 * @param publishableKey the key Stripe.js uses in the browser ({@code pk_…})
 * @param webhookSecret the signing secret of the {@code /webhooks/stripe} endpoint ({@code whsec_…})
 * @param apiBase Stripe's API address; tests point it at a local stub
 * @param jsUrl the Stripe.js script the portal loads
 */
@ConfigurationProperties("clientele.billing.stripe")
record StripeProperties(String secretKey, String publishableKey, String webhookSecret, String apiBase, String jsUrl) {

    StripeProperties {
        apiBase = blank(apiBase) ? "https://api.stripe.com" : apiBase;
        jsUrl = blank(jsUrl) ? "https://js.stripe.com/v3/" : jsUrl;
    }

    boolean configured() {
        return !blank(secretKey) && !blank(publishableKey);
    }

    boolean webhooksConfigured() {
        return !blank(webhookSecret);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
