package ca.clientele.booking.appointment;

import java.util.List;
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
 * Renders {@link InvalidBookingInput} in the shape of the platform's validation problem (400, {@code errors: [{field,
 * message}]}) in the caller's language. Ordered before the platform's catch-all; the waitlist's input errors too.
 */
@RestControllerAdvice(basePackages = "ca.clientele.booking")
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblemsAdvice {

    private final MessageSource messages;

    BookingProblemsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidBookingInput.class)
    ProblemDetail invalid(InvalidBookingInput e) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of(
                        "field", p.field(), "message", messages.getMessage(p.messageKey(), p.arguments(), locale)))
                .toList();
        String detail = e.detailFromProblems()
                ? String.join(
                        " ", errors.stream().map(error -> error.get("message")).toList())
                : messages.getMessage("problem.validation", null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("problem.validation.title", null, "Bad Request", locale));
        problem.setProperty("errors", errors);
        return problem;
    }
}
