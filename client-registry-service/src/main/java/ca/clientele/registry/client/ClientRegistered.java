package ca.clientele.registry.client;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code ca.clientele.client.client-registered}: ids and facts, no personal details. */
record ClientRegistered(UUID clientId, Instant registeredAt, RegistrationChannel channel) {}
