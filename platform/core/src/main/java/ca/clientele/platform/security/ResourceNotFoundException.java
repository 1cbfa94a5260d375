package ca.clientele.platform.security;

/** A resource that does not exist, or that the caller may not know exists. Answers 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException() {
        super("Resource not found");
    }
}
