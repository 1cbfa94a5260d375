package ca.clientele.ticket.choice;

import java.util.Locale;
import java.util.UUID;

/**
 * A category or wished service as a caller sees it: {@code label} in the caller's language for
 * forms and lists, both labels and the version for staff who edit it.
 */
public record ChoiceView(
        UUID id, String code, String label, String labelFr, String labelEn, boolean active, long version) {

    static ChoiceView of(Choice choice, Locale locale) {
        return new ChoiceView(
                choice.id(),
                choice.code(),
                choice.label(locale),
                choice.labelFr(),
                choice.labelEn(),
                choice.active(),
                choice.version());
    }
}
