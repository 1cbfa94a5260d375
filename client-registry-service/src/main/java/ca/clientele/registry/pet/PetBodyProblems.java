package ca.clientele.registry.pet;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * A pet or vaccination form sent with an unknown species or vaccine, a word for a weight or a field the API does not take
 * is still a form error: the owner gets a 400 problem that names the field, as for any invalid
 * value, instead of the platform's field-less "unreadable body". Runs before the platform's advice
 * for these controllers only.
 */
@RestControllerAdvice(assignableTypes = {PetController.class, VaccinationController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PetBodyProblems {

    private final MessageSource messages;

    PetBodyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JacksonException cause) || cause.getPath().isEmpty()) {
            return problem("problem.unreadable"); // not JSON at all: there is no field to name
        }
        String field = cause.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        ProblemDetail problem = problem("problem.validation");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", text(messageKey(cause)))));
        return problem;
    }

    private static String messageKey(JacksonException cause) {
        if (cause instanceof UnrecognizedPropertyException) {
            return "pet.field.unknown";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == Species.class) {
            return "pet.species.invalid";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == Sex.class) {
            return "pet.sex.invalid";
        }
        if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == Vaccine.class) {
            return "vaccination.vaccine.invalid";
        }
        return "problem.type";
    }

    private ProblemDetail problem(String key) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, text(key));
        problem.setTitle(text(key + ".title"));
        return problem;
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
