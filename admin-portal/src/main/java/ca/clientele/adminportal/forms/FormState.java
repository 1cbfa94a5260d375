package ca.clientele.adminportal.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a form shows: its values (as stored, or as typed when refused, so nothing is lost), the
 * messages by input (already in the user's language), messages that belong to no input of the
 * form, and how the last submission ended. Templates show the outcome by its {@link #kind()}.
 */
public record FormState(
        Map<String, String> values,
        Map<String, String> errors,
        List<String> otherErrors,
        Outcome outcome,
        String notice) {

    public enum Outcome {
        SHOWN,
        SAVED,
        INVALID,
        CONFLICT,
        UNAVAILABLE
    }

    public FormState {
        // Not Map.copyOf: stored values are often null (no home phone), and null shows as "".
        values = new HashMap<>(values);
        errors = Map.copyOf(errors);
        otherErrors = List.copyOf(otherErrors);
    }

    public static FormState shown(Map<String, String> values) {
        return new FormState(values, Map.of(), List.of(), Outcome.SHOWN, null);
    }

    static FormState saved(Map<String, String> values, String notice) {
        return new FormState(values, Map.of(), List.of(), Outcome.SAVED, notice);
    }

    static FormState refused(
            Map<String, String> typed, Outcome outcome, Map<String, String> errors, List<String> others) {
        return new FormState(typed, errors, others, outcome, null);
    }

    /** The value for the input named {@code name}, never null. */
    public String value(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    /** For checkboxes. */
    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    /** The message for the input named {@code name}, or null. */
    public String error(String name) {
        return errors.get(name);
    }

    /** "saved", "invalid", "conflict", "unavailable": the notice's CSS class, text and data-testid. */
    public String kind() {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    public boolean isSaved() {
        return outcome == Outcome.SAVED;
    }

    /** Refused in any way: a collapsed form opens so that the messages are seen. */
    public boolean isRefused() {
        return outcome != Outcome.SHOWN && outcome != Outcome.SAVED;
    }
}
