package ca.clientele.webportal.account;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One entry of the client's consent history, newest first from the registry. {@code changedBy}
 * (a user id) is not read: the channel already tells the client whether they or the staff did it.
 */
public record Consent(String option, boolean granted, Instant changedAt, String channel) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** When, on Montreal's clock (the business's), whatever the server's zone. */
    public String changed() {
        return changedAt == null
                ? ""
                : LocalDateTime.ofInstant(changedAt, ClientRecord.BUSINESS_ZONE).format(WHEN);
    }
}
