package ca.clientele.platform.portal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service refused the request (4xx other than 401/403/404). Carries the problem's detail and
 * field messages, which the service already worded in the user's language, and the problem's other
 * members ({@link #properties()}: RFC 9457 extensions such as booking-service's {@code freeSlots}).
 */
public class ServiceRejectedException extends RuntimeException {

    private final int status;
    private final String detail;
    private final List<FieldMessage> errors;
    private final Map<String, Object> properties;

    public ServiceRejectedException(String service, int status, String detail, List<FieldMessage> errors) {
        this(service, status, detail, errors, Map.of());
    }

    public ServiceRejectedException(
            String service, int status, String detail, List<FieldMessage> errors, Map<String, Object> properties) {
        // The message stays technical: detail may quote what the user typed.
        super(service + " answered " + status);
        this.status = status;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
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

    /**
     * The problem document's members as JSON values (maps, lists, strings, numbers, booleans, null),
     * by name; empty when the answer was no problem document.
     */
    public Map<String, Object> properties() {
        return properties;
    }
}
