package ca.clientele.platform.portal;

import java.util.List;

/**
 * A service refused the request (4xx other than 401/403/404). Carries the problem's detail and
 * field messages, which the service already worded in the user's language.
 */
public class ServiceRejectedException extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<FieldMessage> errors;

    public ServiceRejectedException(String service, int status, String detail, List<FieldMessage> errors) {
        // The message stays technical: detail may quote what the user typed.
        super(service + " answered " + status);
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
