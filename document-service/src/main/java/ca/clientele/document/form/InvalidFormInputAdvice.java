package ca.clientele.document.form;

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
 * Renders {@link InvalidFormInput} in the shape of the platform's validation problem (400, {@code
 * errors: [{field, message}]}) in the caller's language. Ordered before the platform's catch-all.
 */
@RestControllerAdvice(basePackageClasses = InvalidFormInputAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class InvalidFormInputAdvice {

    private final MessageSource messages;

    InvalidFormInputAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidFormInput.class)
    ProblemDetail invalid(InvalidFormInput e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, messages.getMessage("problem.validation", null, locale));
        problem.setTitle(messages.getMessage("problem.validation.title", null, "Bad Request", locale));
        problem.setProperty(
                "errors",
                e.problems().stream()
                        .map(p -> Map.of(
                                "field",
                                p.field(),
                                "message",
                                messages.getMessage(p.messageKey(), p.arguments(), locale)))
                        .toList());
        return problem;
    }
}
