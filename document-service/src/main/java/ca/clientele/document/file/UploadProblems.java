package ca.clientele.document.file;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused uploads as RFC 9457 problems, before the platform's catch-all would make them a 500. */
@RestControllerAdvice(basePackageClasses = UploadProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final MessageSource messages;

    UploadProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(UploadRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(UploadRejectedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.status(), messages.getMessage(e.messageKey(), e.arguments(), locale));
        problem.setTitle(
                messages.getMessage(e.messageKey() + ".title", null, e.status().getReasonPhrase(), locale));
        if (!e.fieldErrors().isEmpty()) {
            problem.setProperty(
                    "errors",
                    e.fieldErrors().stream()
                            .map(error -> Map.of(
                                    "field",
                                    error.getKey(),
                                    "message",
                                    messages.getMessage(error.getValue(), null, locale)))
                            .toList());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }
}
