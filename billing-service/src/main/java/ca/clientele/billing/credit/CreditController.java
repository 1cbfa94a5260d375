package ca.clientele.billing.credit;

import ca.clientele.billing.money.Money;
import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The credit balance ("solde créditeur"): the client reads their own, staff read anyone's and adjust it with a reason.
 * Under {@code /api/payments/credit} because {@code /api/clients/**} is the registry's at the gateway.
 */
@RestController
class CreditController {

    private final CreditLedger ledger;

    CreditController(CreditLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/payments/credit/{clientId}")
    CreditBalance balance(@PathVariable UUID clientId, @Parameter(hidden = true) Caller caller) {
        caller.requireOwnOrStaff(clientId);
        return ledger.of(clientId);
    }

    @PostMapping("/api/payments/credit/{clientId}/adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('staff')")
    @Transactional
    CreditEntryView adjust(
            @PathVariable UUID clientId,
            @Valid @RequestBody Adjustment adjustment,
            @Parameter(hidden = true) Caller caller) {
        return ledger.record(
                clientId,
                Money.cad(adjustment.amount()),
                CreditKind.ADJUSTMENT,
                null,
                adjustment.reason().strip(),
                caller.id());
    }

    /** A signed amount (a negative one takes credit back) and why: the reason is required. */
    record Adjustment(
            @NotNull
            @Digits(integer = 7, fraction = 2, message = "{billing.amount.cents}")
            @DecimalMin("-100000.00")
            @DecimalMax("100000.00")
            BigDecimal amount,

            @NotBlank @Size(max = 500) String reason) {}
}
