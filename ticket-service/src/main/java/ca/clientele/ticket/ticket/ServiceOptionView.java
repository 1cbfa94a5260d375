package ca.clientele.ticket.ticket;

import java.util.UUID;

/** A service the client asked about ("Service(s) souhaité(s)"), labelled in the caller's language. */
record ServiceOptionView(UUID id, String label) {}
