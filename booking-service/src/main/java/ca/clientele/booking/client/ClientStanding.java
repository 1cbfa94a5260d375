package ca.clientele.booking.client;

/** A client's status as the registry last announced it; a client never announced is ACTIVE. */
public enum ClientStanding {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED;

    /** Suspended and banned clients keep their history but book nothing new (brief §1, issue 10). */
    public boolean mayBook() {
        return this != SUSPENDED && this != BANNED;
    }
}
