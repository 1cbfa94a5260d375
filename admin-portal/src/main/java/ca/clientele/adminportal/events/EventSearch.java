package ca.clientele.adminportal.events;

import ca.clientele.adminportal.web.ServicePage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The filters of the Events application and of a client's timeline, bound from the query string as
 * text: client, category, type, actor (kind or a staff member's id), days. Unreadable values mean
 * "all", so a hand-edited address still shows a page.
 */
public record EventSearch(
        String clientId,
        String category,
        String type,
        String actor,
        String actorId,
        String from,
        String to,
        String page) {

    static final int PAGE_SIZE = 25;
    static final List<String> CATEGORIES =
            List.of("client", "messages", "appointments", "billing", "documents", "notifications", "security");
    static final List<String> ACTORS = List.of("CLIENT", "STAFF", "SYSTEM");

    /**
     * Without a chosen category, every category but security: each staff read of a record adds a
     * security event, so the audit trail is shown when asked for (administrators only; the event
     * service refuses it to anyone else whatever is asked).
     */
    ServicePage<EventEntry> in(EventClient events, UUID client, int size) {
        return events.search(
                client != null ? client : uuid(clientId),
                categoryFilter() == null ? CATEGORIES.subList(0, CATEGORIES.size() - 1) : List.of(categoryFilter()),
                blankToNull(type),
                actorFilter(),
                uuid(actorId),
                date(from),
                date(to),
                pageNumber(),
                size);
    }

    /** The same filters as a query string (for the CSV link, the pager and "load more"), without the page. */
    String query(UUID client) {
        List<String> parameters = new ArrayList<>();
        UUID chosen = client != null ? client : uuid(clientId);
        if (chosen != null) {
            parameters.add("clientId=" + chosen);
        }
        if (categoryFilter() != null) {
            parameters.add("category=" + categoryFilter());
        }
        if (blankToNull(type) != null) {
            parameters.add("type=" + URLEncoder.encode(type.strip(), StandardCharsets.UTF_8));
        }
        if (actorFilter() != null) {
            parameters.add("actor=" + actorFilter());
        }
        if (uuid(actorId) != null) {
            parameters.add("actorId=" + uuid(actorId));
        }
        if (date(from) != null) {
            parameters.add("from=" + date(from));
        }
        if (date(to) != null) {
            parameters.add("to=" + date(to));
        }
        return String.join("&", parameters);
    }

    public String categoryFilter() {
        String value = blankToNull(category);
        return value != null && CATEGORIES.contains(value.toLowerCase(Locale.ROOT))
                ? value.toLowerCase(Locale.ROOT)
                : null;
    }

    public String actorFilter() {
        String value = blankToNull(actor);
        return value != null && Set.copyOf(ACTORS).contains(value.toUpperCase(Locale.ROOT))
                ? value.toUpperCase(Locale.ROOT)
                : null;
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
