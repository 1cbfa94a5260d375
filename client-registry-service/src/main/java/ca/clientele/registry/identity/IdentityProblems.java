package ca.clientele.registry.identity;

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
 * The identity failures as RFC 9457 problems in the caller's language. Ordered before the
 * platform's advice, whose catch-all would otherwise answer 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblems {

    private final MessageSource messages;

    IdentityProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(IdentityUnavailableException.class)
    ProblemDetail unavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.identity-unavailable");
    }

    @ExceptionHandler(EmailTakenException.class)
    ProblemDetail emailTaken() {
        // Names the field, as validation problems do, so a form shows it next to the e-mail input
        // rather than as a stale-version conflict.
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "client.email.taken");
        problem.setProperty("errors", List.of(Map.of("field", "email", "message", problem.getDetail())));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
        problem.setTitle(
                messages.getMessage(key + ".title", null, status.getReasonPhrase(), LocaleContextHolder.getLocale()));
        return problem;
    }
}
