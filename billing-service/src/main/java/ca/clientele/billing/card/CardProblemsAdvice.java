package ca.clientele.billing.card;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Stripe down or not configured → 503, in words, before the platform's catch-all turns it into a 500. */
@RestControllerAdvice(assignableTypes = {PaymentMethodController.class, CardPaymentController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CardProblemsAdvice {

    private final MessageSource messages;

    CardProblemsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(StripeUnavailableException.class)
    ProblemDetail unavailable(Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("card.unavailable-now", null, locale));
        problem.setTitle(messages.getMessage("card.unavailable.title", null, locale));
        return problem;
    }
}
