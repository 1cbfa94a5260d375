package ca.clientele.booking.client;

import java.util.UUID;

/**
 * In process, inside the transaction that recorded the ban: whoever holds the client's future commitments (the
 * appointments) releases them. Published here so that this package needs none of theirs.
 */
public record ClientBanned(UUID clientId, UUID changedBy) {}
