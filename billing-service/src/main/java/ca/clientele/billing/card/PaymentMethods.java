package ca.clientele.billing.card;

import ca.clientele.platform.security.ResourceNotFoundException;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerPaymentMethodListParams;
import com.stripe.param.CustomerPaymentMethodRetrieveParams;
import com.stripe.param.PaymentMethodDetachParams;
import com.stripe.param.SetupIntentCreateParams;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A client's saved cards: listed from Stripe (we keep no copy), added through a SetupIntent, removed by detaching. */
@Service
class PaymentMethods {

    private final StripeGateway stripe;
    private final CardCustomers customers;

    PaymentMethods(StripeGateway stripe, CardCustomers customers) {
        this.stripe = stripe;
        this.customers = customers;
    }

    List<SavedCard> list(UUID clientId) {
        if (!stripe.available()) {
            return List.of();
        }
        return customers
                .find(clientId)
                .map(customer -> stripe
                        .call(
                                null,
                                (client, options) -> client.v1()
                                        .customers()
                                        .paymentMethods()
                                        .list(
                                                customer,
                                                CustomerPaymentMethodListParams.builder()
                                                        .setType(CustomerPaymentMethodListParams.Type.CARD)
                                                        .setLimit(100L)
                                                        .build(),
                                                options))
                        .getData()
                        .stream()
                        .map(PaymentMethods::view)
                        .toList())
                .orElse(List.of());
    }

    /** A SetupIntent for "Ajouter un mode de paiement"; Stripe.js confirms it with the card typed in Stripe's form. */
    SetupIntentView startSetup(UUID clientId, UUID requestId) {
        String customer = customers.ensure(clientId);
        SetupIntent intent = stripe.call(
                "setup-" + clientId + "-" + requestId,
                (client, options) -> client.v1()
                        .setupIntents()
                        .create(
                                SetupIntentCreateParams.builder()
                                        .setCustomer(customer)
                                        .addPaymentMethodType("card")
                                        .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
                                        .putMetadata("client_id", clientId.toString())
                                        .build(),
                                options));
        return new SetupIntentView(intent.getId(), intent.getClientSecret(), stripe.publishableKey());
    }

    /** The client's own card or 404: Stripe answers "no such payment method" for another customer's card. */
    SavedCard own(UUID clientId, String paymentMethodId) {
        String customer = customers.find(clientId).orElseThrow(ResourceNotFoundException::new);
        return view(stripe.call(
                null,
                (client, options) -> client.v1()
                        .customers()
                        .paymentMethods()
                        .retrieve(
                                customer,
                                paymentMethodId,
                                CustomerPaymentMethodRetrieveParams.builder().build(),
                                options)));
    }

    void remove(UUID clientId, String paymentMethodId) {
        own(clientId, paymentMethodId);
        stripe.call(
                "detach-" + paymentMethodId,
                (client, options) -> client.v1()
                        .paymentMethods()
                        .detach(
                                paymentMethodId,
                                PaymentMethodDetachParams.builder().build(),
                                options));
    }

    private static SavedCard view(PaymentMethod method) {
        PaymentMethod.Card card = method.getCard();
        if (card == null) {
            return new SavedCard(method.getId(), method.getType(), null, 0, 0);
        }
        return new SavedCard(
                method.getId(),
                card.getBrand(),
                card.getLast4(),
                card.getExpMonth() == null ? 0 : card.getExpMonth(),
                card.getExpYear() == null ? 0 : card.getExpYear());
    }
}
