package ca.clientele.webportal.account;

import ca.clientele.platform.portal.FieldMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form shows after a request: the values (as typed, or as stored), the registry's messages
 * by field (already in the user's language), messages for no field of this form, and the outcome.
 * Input names are the registry's JSON paths ({@code billingAddress.postalCode}), so a problem's
 * {@code field} finds its input without a mapping table.
 */
public record FormState(
        Map<String, String> values, Map<String, String> errors, List<String> otherErrors, Outcome outcome) {

    public enum Outcome {
        SHOWN,
        SAVED,
        INVALID,
        CONFLICT,
        UNAVAILABLE
    }

    static FormState shown(Map<String, String> values) {
        return new FormState(values, Map.of(), List.of(), Outcome.SHOWN);
    }

    static FormState saved(Map<String, String> values) {
        return new FormState(values, Map.of(), List.of(), Outcome.SAVED);
    }

    static FormState conflict(Map<String, String> typed) {
        return new FormState(typed, Map.of(), List.of(), Outcome.CONFLICT);
    }

    /** The service did not answer: nothing was saved, what was typed stays for another try. */
    static FormState unavailable(Map<String, String> typed) {
        return new FormState(typed, Map.of(), List.of(), Outcome.UNAVAILABLE);
    }

    /** The typed values with each message next to its field; the first message of a field wins. */
    static FormState invalid(
            Map<String, String> typed, Collection<String> fields, List<FieldMessage> messages, String detail) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (FieldMessage message : messages) {
            if (message.field() != null && fields.contains(message.field())) {
                byField.putIfAbsent(message.field(), message.message());
            } else if (message.message() != null) {
                others.add(message.message());
            }
        }
        if (byField.isEmpty() && others.isEmpty() && detail != null) {
            others.add(detail);
        }
        return new FormState(typed, byField, others, Outcome.INVALID);
    }

    /** The same outcome and messages over other values (the stored ones, say). */
    FormState withValues(Map<String, String> other) {
        return new FormState(other, errors, otherErrors, outcome);
    }

    /** The value to show in the input named {@code field}, never null. */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    /** The message for the input named {@code field}, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** A checkbox's state: checked when its value is {@code true}. */
    public boolean checked(String field) {
        return "true".equals(values.get(field));
    }

    public boolean isSaved() {
        return outcome == Outcome.SAVED;
    }

    public boolean isConflict() {
        return outcome == Outcome.CONFLICT;
    }

    public boolean hasErrors() {
        return outcome == Outcome.INVALID;
    }

    public boolean isUnavailable() {
        return outcome == Outcome.UNAVAILABLE;
    }

    /** A form that did not save stays open (details elements) so its message is seen. */
    public boolean needsAttention() {
        return outcome == Outcome.INVALID || outcome == Outcome.CONFLICT || outcome == Outcome.UNAVAILABLE;
    }

    /** Blank input means "no value" for the registry. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
