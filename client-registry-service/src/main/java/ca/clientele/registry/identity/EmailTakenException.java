package ca.clientele.registry.identity;

/** Another client (record or sign-in account) already uses this e-mail (→ 409 {@code client.email.taken}). */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException() {
        super("e-mail already used by another client");
    }
}
