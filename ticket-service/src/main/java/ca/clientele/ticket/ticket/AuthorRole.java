package ca.clientele.ticket.ticket;

/** Who wrote a message: the client, a staff member, or the service itself (auto-close). */
enum AuthorRole {
    CLIENT,
    STAFF,
    SYSTEM
}
