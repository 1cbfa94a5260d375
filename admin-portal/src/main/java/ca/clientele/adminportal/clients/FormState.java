package ca.clientele.adminportal.clients;

import ca.clientele.platform.portal.FieldMessage;
import ca.clientele.platform.portal.ServiceRejectedException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one small form on the client page shows: the values (as typed, so a refused form keeps
 * them), the field messages the registry sent (already in the user's language), a conflict, or a
 * message that belongs to no field. {@code errorPrefix} maps the registry's nested field names
 * ("billingAddress.postalCode") onto this form's inputs ("postalCode").
 */
public final class FormState {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final String errorPrefix;
    private boolean conflict;
    private boolean saved;
    private String message;

    FormState(Map<String, String> values, String errorPrefix) {
        this.values = new HashMap<>(values);
        this.errorPrefix = errorPrefix == null ? "" : errorPrefix;
    }

    static FormState of(Map<String, String> values) {
        return new FormState(values, "");
    }

    FormState prefixed(String prefix) {
        FormState copy = new FormState(values, prefix);
        copy.errors.putAll(errors);
        return copy;
    }

    /** The registry refused the change: 409 is a conflict, anything else field messages. */
    FormState rejected(ServiceRejectedException e) {
        if (e.status() == 409) {
            conflict = true;
            return this;
        }
        List<FieldMessage> fields = e.errors();
        for (FieldMessage field : fields) {
            if (field.field() != null && field.message() != null) {
                errors.merge(field.field(), field.message(), (a, b) -> a + " " + b);
            }
        }
        message = e.detail();
        return this;
    }

    FormState fieldError(String field, String text) {
        errors.put(errorPrefix + field, text);
        return this;
    }

    FormState markSaved() {
        saved = true;
        return this;
    }

    public String v(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name)) || "on".equals(values.get(name));
    }

    public String error(String name) {
        String error = errors.get(errorPrefix + name);
        return error != null ? error : errors.get(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || message != null;
    }

    public boolean isConflict() {
        return conflict;
    }

    public boolean isSaved() {
        return saved;
    }

    /** The problem's detail, shown above the form when the registry refused it. */
    public String getMessage() {
        return message;
    }
}
