package ca.clientele.platform.portal;

import java.util.List;
import java.util.Map;

/**
 * A service answered 409: someone saved the record in between (optimistic lock), or the value is
 * taken (an e-mail already used, then with a field message). Nothing was saved.
 */
public class ServiceConflictException extends ServiceRejectedException {

    public ServiceConflictException(String service, String detail, List<FieldMessage> errors) {
        super(service, 409, detail, errors);
    }

    /** With the problem's members ({@link #properties()}), e.g. the free slots left when a slot was taken. */
    public ServiceConflictException(
            String service, String detail, List<FieldMessage> errors, Map<String, Object> properties) {
        super(service, 409, detail, errors, properties);
    }
}
