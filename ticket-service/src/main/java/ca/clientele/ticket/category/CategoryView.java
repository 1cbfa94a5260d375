package ca.clientele.ticket.category;

import java.util.Locale;
import java.util.UUID;

/** A category as a caller sees it: one label, in the caller's language. */
record CategoryView(UUID id, String code, String label, boolean active) {

    static CategoryView of(TicketCategory category, Locale locale) {
        return new CategoryView(category.id(), category.code(), category.label(locale), category.active());
    }
}
