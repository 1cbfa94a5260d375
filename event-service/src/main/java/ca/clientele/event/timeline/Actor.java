package ca.clientele.event.timeline;

import java.util.UUID;

/**
 * Who caused an event.
 *
 * @param id the client's or staff member's id; null for the system or when the event does not name them
 */
record Actor(ActorKind kind, UUID id) {}
