package ca.clientele.ticket.client;

/** A client's status as the registry last announced it; a client never announced is ACTIVE. */
public enum ClientStanding {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED;

    /** Suspended and banned clients may read their tickets but neither open nor reply. */
    public boolean mayWrite() {
        return this != SUSPENDED && this != BANNED;
    }
}
