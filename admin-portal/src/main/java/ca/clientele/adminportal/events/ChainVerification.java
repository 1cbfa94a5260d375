package ca.clientele.adminportal.events;

import java.util.UUID;

/** The event service's check of a client's hash chain: ok, or the first position missing or altered. */
record ChainVerification(
        UUID clientId, boolean ok, long checked, long anchorPosition, long headPosition, Long firstBrokenPosition) {}
