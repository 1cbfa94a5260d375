package ca.clientele.webportal.ticketservice;

import java.util.UUID;

/** A category or a service option the client may pick, labelled in their language. */
public record Choice(UUID id, String code, String label, boolean active) {}
