package ca.clientele.event.timeline;

import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns stored entries into what the API answers, in the caller's language. */
@Component
class TimelineViews {

    private final TimelineTitles titles;
    private final EventDescriptions descriptions;
    private final JsonMapper json;

    TimelineViews(TimelineTitles titles, EventDescriptions descriptions, JsonMapper json) {
        this.titles = titles;
        this.descriptions = descriptions;
        this.json = json;
    }

    TimelineEntryView view(TimelineEntry entry, Locale locale, boolean withRaw) {
        JsonNode data = entry.data() == null ? null : json.readTree(entry.data());
        Actor actor = entry.actor();
        return new TimelineEntryView(
                entry.eventId(),
                entry.type(),
                entry.source(),
                entry.occurredAt(),
                entry.clientId(),
                titles.of(entry.type(), locale),
                descriptions.summary(entry.type(), data, locale),
                entry.category().code(),
                actor.kind().name(),
                actor.id(),
                EventDescriptions.link(entry.type(), entry.clientId(), data),
                data,
                withRaw && entry.envelope() != null ? json.readTree(entry.envelope()) : null,
                entry.chainPosition());
    }
}
