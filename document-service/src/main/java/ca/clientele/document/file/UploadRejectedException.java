package ca.clientele.document.file;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An upload refused for what it is (too large, a type not allowed, missing or wrong fields): answered as a problem in
 * the caller's language by {@link UploadProblems}.
 *
 * @param fieldErrors field name → message key, for a 400
 */
final class UploadRejectedException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;
    private final transient List<Map.Entry<String, String>> fieldErrors;

    UploadRejectedException(HttpStatus status, String messageKey, Object... arguments) {
        this(status, messageKey, List.of(), arguments);
    }

    private UploadRejectedException(
            HttpStatus status, String messageKey, List<Map.Entry<String, String>> fieldErrors, Object... arguments) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldErrors = fieldErrors;
    }

    static UploadRejectedException invalidFields(List<Map.Entry<String, String>> fieldErrors) {
        return new UploadRejectedException(HttpStatus.BAD_REQUEST, "problem.validation", fieldErrors);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }

    List<Map.Entry<String, String>> fieldErrors() {
        return fieldErrors;
    }
}
