package ca.clientele.billing.customer;

/** A client's status as the registry last announced it; a client never announced is ACTIVE. */
public enum ClientStanding {
    ACTIVE,
    INACTIVE,
    SUSPENDED,
    BANNED;

    /** Suspended and banned clients keep their history but neither buy nor pay online (issue 11). */
    public boolean mayBuy() {
        return this != SUSPENDED && this != BANNED;
    }
}
