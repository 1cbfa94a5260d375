package ca.clientele.registry.identity;

/** The identity provider could not be reached, or refused a request it should accept (→ 503 problem). */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String operation, Throwable cause) {
        super("Identity provider unavailable during " + operation, cause);
    }
}
