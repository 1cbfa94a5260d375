package ca.clientele.billing.order;

import ca.clientele.platform.web.DomainRuleException;

/** A money movement the order's state does not allow (422, message from the bundle). */
class OrderStateException extends DomainRuleException {

    OrderStateException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
