package ca.clientele.event.timeline;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Human titles of event types, from {@code messages*.properties} ({@code event.title.<type>}).
 * A type without a title still shows, under a generic one: producers may add event types before
 * the timeline learns to name them.
 */
@Component
class TimelineTitles {

    static final String PREFIX = "event.title.";
    static final String UNKNOWN = "event.title.unknown";

    private final MessageSource messages;

    TimelineTitles(MessageSource messages) {
        this.messages = messages;
    }

    String of(String type, Locale locale) {
        String title = messages.getMessage(PREFIX + type, null, null, locale);
        return title != null ? title : messages.getMessage(UNKNOWN, new Object[] {type}, locale);
    }
}
