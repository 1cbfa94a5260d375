package ca.clientele.webportal.payment;

import ca.clientele.platform.portal.ServiceNotFoundException;
import ca.clientele.platform.portal.ServiceRejectedException;
import ca.clientele.platform.portal.ServiceUnavailableException;
import ca.clientele.webportal.billingservice.CardAvailability;
import ca.clientele.webportal.billingservice.CardIntentView;
import ca.clientele.webportal.billingservice.CardPaymentClient;
import ca.clientele.webportal.billingservice.PaymentMethodClient;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The card part of an order's pay page ({@code /orders/{id}/pay}, which includes {@code payments/card-form ::
 * card-slot(orderId)}): the form (saved cards or a new one in Stripe's field) loaded into the page, and the
 * PaymentIntent its script asks for before Stripe.js confirms it (3-D Secure in Stripe's window).
 */
@Controller
class CardFormController {

    private final PaymentMethodClient methods;
    private final CardPaymentClient payments;
    private final CardAvailabilities availabilities;

    CardFormController(PaymentMethodClient methods, CardPaymentClient payments, CardAvailabilities availabilities) {
        this.methods = methods;
        this.payments = payments;
        this.availabilities = availabilities;
    }

    @GetMapping("/orders/{orderId}/pay/card")
    String form(@PathVariable UUID orderId, Model model) {
        CardAvailability availability = availabilities.now();
        model.addAttribute("orderId", orderId);
        model.addAttribute("availability", availability);
        model.addAttribute("cards", availability.available() ? methods.list() : List.of());
        return "payments/card-form :: card-form";
    }

    /** What the form's script needs to confirm the payment in Stripe.js. */
    record CardIntentAnswer(String paymentIntentId, String clientSecret, String status) {}

    /** A refusal the script shows in words: answered as an RFC 9457 problem whose detail is the message. */
    static final class CardRefused extends RuntimeException {
        private final HttpStatus status;

        CardRefused(HttpStatus status, String detail) {
            super(detail, null, false, false);
            this.status = status;
        }
    }

    /** JSON for the form's script: the intent's client secret, or a problem whose detail is the reason in words. */
    @PostMapping(path = "/orders/{orderId}/pay/card", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CardIntentAnswer start(
            @PathVariable UUID orderId,
            @RequestParam(name = "paymentMethodId", required = false) String paymentMethodId,
            @RequestParam(name = "saveCard", defaultValue = "false") boolean saveCard) {
        String method = paymentMethodId == null || paymentMethodId.isBlank() ? null : paymentMethodId;
        try {
            CardIntentView intent = payments.start(new CardPaymentClient.CardIntentRequest(orderId, method, saveCard));
            return new CardIntentAnswer(
                    intent.paymentIntentId(), intent.clientSecret(), intent.status() == null ? "" : intent.status());
        } catch (ServiceNotFoundException gone) {
            throw new CardRefused(HttpStatus.NOT_FOUND, message("card.pay.not-found"));
        } catch (ServiceRejectedException refused) {
            String detail = refused.detail() == null ? message("card.pay.failed") : refused.detail();
            throw new CardRefused(HttpStatus.valueOf(refused.status()), detail);
        } catch (ServiceUnavailableException down) {
            throw new CardRefused(HttpStatus.SERVICE_UNAVAILABLE, message("card.unavailable"));
        }
    }

    @ExceptionHandler(CardRefused.class)
    ResponseEntity<ProblemDetail> refused(CardRefused refusal) {
        return ResponseEntity.status(refusal.status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(refusal.status, refusal.getMessage()));
    }

    private String message(String key) {
        return availabilities.message(key);
    }
}
