package ca.clientele.ticket.incident;

import java.util.UUID;

/** Data of {@code ca.clientele.ticket.incident-recorded}: ids only (docs/events/incident-recorded.schema.json). */
record IncidentRecorded(UUID incidentId, UUID ticketId, UUID clientId) {}
