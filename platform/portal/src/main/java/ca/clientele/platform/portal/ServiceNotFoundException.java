package ca.clientele.platform.portal;

/** A service answered 404: the record does not exist, or is not the user's to see. */
public class ServiceNotFoundException extends RuntimeException {

    public ServiceNotFoundException(String service) {
        super(service + " answered 404");
    }
}
