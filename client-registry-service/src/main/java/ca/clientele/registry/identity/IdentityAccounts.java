package ca.clientele.registry.identity;

import java.util.List;
import java.util.UUID;

/**
 * The port to the identity provider (Keycloak) that owns each client's sign-in account. A client's
 * registry id IS their account id. Every write throws {@link IdentityUnavailableException} when the
 * provider cannot be reached or refuses the request, so the caller's transaction rolls back.
 */
public interface IdentityAccounts {

    /**
     * Creates an enabled account without credentials (a client registered by staff over the phone).
     *
     * @return the new account's id
     * @throws EmailTakenException when another account already has this e-mail
     */
    UUID createAccount(NewAccount account);

    /** Removes an account this service just created (compensation when the record could not be stored). */
    void deleteAccount(UUID accountId);

    /** E-mails the client a link to choose a password and confirm their e-mail address. */
    void sendInvitation(UUID accountId);

    /** The account can no longer sign in, and every session it has is ended now. */
    void disable(UUID accountId);

    void enable(UUID accountId);

    /** The client enrols a one-time-password app at their next sign-in. */
    void requireTwoFactor(UUID accountId);

    /** Removes the one-time-password credentials and any pending enrolment. */
    void removeTwoFactor(UUID accountId);

    /** Never throws: {@link TwoFactorState#UNKNOWN} when the provider cannot say. */
    TwoFactorState twoFactorState(UUID accountId);

    /**
     * Replaces the sign-in e-mail (not verified any more) and sends the verification e-mail.
     *
     * @throws EmailTakenException when another account already has this e-mail
     */
    void changeEmail(UUID accountId, String email);

    /** Every account with the staff realm role, directly or through admin (which implies it), by name. */
    List<StaffAccount> staffAccounts();
}
