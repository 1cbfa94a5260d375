package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.web.DomainRuleException;

/**
 * A credit larger than what the invoice still has to credit (its total minus the credit notes already issued): the
 * transaction that asked for it rolls back (422 on a request).
 */
class CreditExceedsInvoiceException extends DomainRuleException {

    CreditExceedsInvoiceException(Money amount, Money remaining) {
        super("invoice.credit.exceeds", amount.toString(), remaining.toString());
    }
}
