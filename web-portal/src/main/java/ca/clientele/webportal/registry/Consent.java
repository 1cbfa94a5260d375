package ca.clientele.webportal.registry;

import java.time.Instant;

/**
 * One entry of the client's consent history, newest first from the registry. {@code changedBy}
 * (a user id) is not read: the channel already tells the client whether they or the staff did it.
 */
public record Consent(String option, boolean granted, Instant changedAt, String channel) {}
