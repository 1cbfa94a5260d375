package ca.clientele.registry.client;

import ca.clientele.platform.web.CrossFieldRules;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code PUT /api/clients/{id}/status} (staff). Suspending or banning needs a reason. */
@CrossFieldRules
record StatusChange(
        @NotNull ClientStatus status,
        @Size(max = 500) String reason,
        @NotNull @PositiveOrZero Long version) implements CrossFieldRules.Checked {

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        boolean needsReason = status == ClientStatus.SUSPENDED || status == ClientStatus.BANNED;
        return needsReason && (reason == null || reason.isBlank())
                ? List.of(new CrossFieldRules.Broken("reason", "client.status.reason-required"))
                : List.of();
    }
}
