package ca.clientele.registry.identity;

/** Two-factor sign-in as the identity provider reports it. */
public enum TwoFactorState {
    /** No one-time-password credential and no enrolment pending. */
    OFF,
    /** Enrolment required at the next sign-in (Keycloak's CONFIGURE_TOTP required action). */
    PENDING,
    /** The account has a one-time-password credential. */
    ON,
    /** The provider could not be reached: the record is still served. */
    UNKNOWN;

    /** What the record's {@code twoFactor} option shows: on, or about to be. */
    public boolean isOn() {
        return this == ON || this == PENDING;
    }
}
