package ca.clientele.event.timeline;

import java.util.Locale;

/** What an event is about, as the screens filter and badge it. {@link #SECURITY} is for administrators only. */
enum Category {
    CLIENT,
    MESSAGES,
    APPOINTMENTS,
    BILLING,
    DOCUMENTS,
    NOTIFICATIONS,
    SECURITY;

    /** The stored and API form: lower case ("billing"). */
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Category fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
