package ca.clientele.webportal.documents;

import ca.clientele.webportal.documentservice.FormView;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One field of a form as the fill page renders it, in the client's language: its input kind, what
 * was typed or stored, and its message (from the document-service or the portal), if any.
 */
public record FieldInput(
        String key,
        String kind,
        String id,
        String label,
        String help,
        boolean required,
        String value,
        Set<String> selected,
        List<Choice> options,
        String error) {

    /** A choice of a single or multiple choice field. */
    public record Choice(String value, String label) {}

    private static final Set<String> KINDS = Set.of(
            "SHORT_TEXT", "LONG_TEXT", "NUMBER", "DATE", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "CHECKBOX", "SIGNATURE");

    /** A type this portal does not know yet is shown as a short text. */
    static String kind(String type) {
        return type != null && KINDS.contains(type) ? type : "SHORT_TEXT";
    }

    static FieldInput of(FormView.Field field, List<String> typed, String error, Locale locale) {
        return new FieldInput(
                field.key(),
                kind(field.type()),
                "answer-" + field.key().replaceAll("[^A-Za-z0-9_-]", "_"),
                field.label(locale),
                field.help(locale),
                field.required(),
                typed.isEmpty() ? null : typed.getFirst(),
                Set.copyOf(typed),
                field.optionsOrEmpty().stream()
                        .map(option -> new Choice(option.value(), option.label(locale)))
                        .toList(),
                error);
    }

    public String name() {
        return FillForm.param(key);
    }

    public boolean checked() {
        return selected.contains("true");
    }
}
