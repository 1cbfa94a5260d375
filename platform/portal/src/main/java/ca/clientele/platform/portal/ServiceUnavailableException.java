package ca.clientele.platform.portal;

/** A service failed (5xx) or could not be reached: the user sees "temporarily unavailable". */
public class ServiceUnavailableException extends RuntimeException {

    public ServiceUnavailableException(String message) {
        super(message);
    }

    public ServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
