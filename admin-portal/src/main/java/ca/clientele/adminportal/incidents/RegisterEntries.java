package ca.clientele.adminportal.incidents;

import ca.clientele.adminportal.web.AdminRole;
import ca.clientele.adminportal.web.Fallback;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The register entry an Incident call opened, for the link on the call's page: administrators
 * only (the register is theirs), and nothing when the register cannot say.
 */
@Component
public class RegisterEntries {

    /** A client's entries fit in one page: an entry per Incident call. */
    static final int SIZE = 100;

    private final IncidentClient incidents;

    RegisterEntries(IncidentClient incidents) {
        this.incidents = incidents;
    }

    public Optional<UUID> entryOf(UUID clientId, UUID ticketId) {
        if (!AdminRole.isAdmin()) {
            return Optional.empty();
        }
        return Fallback.optional("register entries", () -> incidents.list(null, null, null, null, clientId, 0, SIZE))
                .flatMap(page -> page.content().stream()
                        .filter(entry -> ticketId.equals(entry.ticketId()))
                        .map(IncidentView::id)
                        .findFirst());
    }
}
