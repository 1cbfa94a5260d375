package ca.clientele.adminportal.clients;

import java.time.Instant;

/** The registry's answer to an invitation: when Keycloak's e-mail went out. */
record Invitation(Instant sentAt) {}
