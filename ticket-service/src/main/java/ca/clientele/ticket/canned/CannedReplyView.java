package ca.clientele.ticket.canned;

import java.util.UUID;

/** A canned reply in both languages; the staff screen inserts the one of the ticket's language. */
record CannedReplyView(UUID id, String titleFr, String titleEn, String bodyFr, String bodyEn, long version) {}
