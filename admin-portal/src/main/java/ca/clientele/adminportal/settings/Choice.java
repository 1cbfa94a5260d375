package ca.clientele.adminportal.settings;

import java.util.UUID;

/**
 * A ticket category or a "Service(s) souhaité(s)" option as ticket-service describes it;
 * {@code label} is already in the user's language.
 */
public record Choice(
        UUID id, String code, String label, String labelFr, String labelEn, boolean active, long version) {}
