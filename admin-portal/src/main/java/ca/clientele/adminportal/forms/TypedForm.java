package ca.clientele.adminportal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What staff typed into one form, read into the types the registry expects. A value the portal
 * cannot even put into JSON (a "number" with letters, a date that is no date) is noted as a
 * problem of its field instead, so the registry is not called with a half-made body.
 */
public final class TypedForm {

    private final Map<String, String> typed;
    private final Map<String, String> problems = new LinkedHashMap<>();

    public TypedForm(Map<String, String> typed) {
        this.typed = Map.copyOf(withoutNulls(typed));
    }

    /** The text as typed, stripped; blank means "no value" for the registry. */
    public String text(String name) {
        String value = typed.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** These text inputs, in order, as a body to complete (blank ones null). */
    public Map<String, Object> texts(String... names) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String name : names) {
            body.put(name, text(name));
        }
        return body;
    }

    /** A checkbox: browsers send it only when ticked. */
    public boolean checked(String name) {
        String value = typed.get(name);
        return "true".equals(value) || "on".equals(value);
    }

    /** "true" / "false" from a yes-no-unknown select; anything else is unknown (null). */
    public Boolean yesNo(String name) {
        String value = text(name);
        return value == null
                ? null
                : switch (value) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> null;
                };
    }

    /** A decimal as staff type it in Quebec too ("45,5017", "10 %" without the sign). */
    public BigDecimal decimal(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.').replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException notANumber) {
            problem(name, "form.error.number");
            return null;
        }
    }

    /** A date from an {@code <input type="date">} (ISO), sent on as the same ISO text. */
    public String date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException notADate) {
            problem(name, "form.error.date");
            return null;
        }
    }

    /** The record version the form was shown with; an unreadable one is sent as -1, a conflict. */
    public long version() {
        try {
            return Long.parseLong(typed.getOrDefault("version", "").strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    /** A rule the portal checks itself before calling (a reason for a ban, say): a message key. */
    public void problem(String field, String messageKey) {
        problems.putIfAbsent(field, messageKey);
    }

    Map<String, String> problems() {
        return Collections.unmodifiableMap(problems);
    }

    /** Everything as typed, to show it again when the form is refused. */
    public Map<String, String> values() {
        return typed;
    }

    private static Map<String, String> withoutNulls(Map<String, String> typed) {
        Map<String, String> copy = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }
}
