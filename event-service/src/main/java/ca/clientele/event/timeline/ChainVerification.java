package ca.clientele.event.timeline;

import java.util.UUID;

/**
 * The result of checking a client's hash chain.
 *
 * @param ok true when every kept entry is there, unchanged, in order
 * @param checked how many entries were checked
 * @param anchorPosition the position of the last entry removed by retention (0 when none was)
 * @param headPosition the position of the newest entry chained
 * @param firstBrokenPosition the first position whose entry is missing or altered; null when ok
 */
record ChainVerification(
        UUID clientId, boolean ok, long checked, long anchorPosition, long headPosition, Long firstBrokenPosition) {}
