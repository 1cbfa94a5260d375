package ca.clientele.local;

/** A start-up failure of the local stack, carrying one message fit to show a person as is. */
public final class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
