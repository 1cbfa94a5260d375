package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.ServicePage;
import java.util.Optional;
import java.util.UUID;

/**
 * What staff asked the list for: one free text (name, e-mail, phone or pet name — the registry
 * tells which), an optional status and branch, a page (20 rows each). Bound from the query string
 * as text: a status, branch or page that is no such thing (an old link, a typo) means "all" or the
 * first page rather than an error.
 */
record ClientSearch(String q, String status, String branch, String page) {

    static final int PAGE_SIZE = 20;

    ClientSearch {
        q = q == null ? "" : q.strip();
    }

    /** Asks the registry; an empty text is left out of the query. */
    ServicePage<ClientSummary> in(RegistryClient registry) {
        return registry.search(
                q.isEmpty() ? null : q,
                ClientStatus.parse(status).orElse(null),
                branchId().orElse(null),
                pageNumber(),
                PAGE_SIZE);
    }

    Optional<UUID> branchId() {
        try {
            return branch == null || branch.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(branch.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(Integer.parseInt(page.strip()), 0);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
