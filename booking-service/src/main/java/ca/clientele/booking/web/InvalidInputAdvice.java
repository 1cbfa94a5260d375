package ca.clientele.booking.web;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders {@link InvalidInput} in the shape of the platform's validation problem (400, {@code errors: [{field,
 * message}]}) in the caller's language. Ordered before the platform's catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidInputAdvice {

    private final MessageSource messages;

    InvalidInputAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, "Bad Request", locale));
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of(
                                "field", p.field(), "message", messages.getMessage(p.messageKey(), null, locale)))
                        .toList());
        return problem;
    }
}
