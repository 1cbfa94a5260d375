package ca.clientele.billing.tax;

import ca.clientele.billing.money.Money;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The taxes on a subtotal, for the portals to show the same total the invoice will. */
@RestController
class TaxQuoteController {

    private final TaxRegistration registration;

    TaxQuoteController(TaxRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/api/invoices/tax-quote")
    TaxQuote quote(@Valid @RequestBody TaxQuoteRequest request) {
        return TaxQuote.of(QuebecTaxes.on(Money.cad(request.subtotal())), registration);
    }
}
