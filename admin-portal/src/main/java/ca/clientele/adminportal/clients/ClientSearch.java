package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.ServicePage;
import java.util.UUID;

/**
 * What staff asked the list for: one free text (name, e-mail, phone or pet name — the registry
 * tells which), an optional status and branch, a page (20 rows each). Bound from the query string;
 * a status or branch that is no such thing (an old link, a typo) is a binding error left unshown,
 * so it means "all" rather than an error page.
 */
record ClientSearch(String q, ClientStatus status, UUID branch, Integer page) {

    static final int PAGE_SIZE = 20;

    ClientSearch {
        q = q == null ? "" : q.strip();
        page = page == null || page < 0 ? 0 : page;
    }

    /** Asks the registry; an empty text is left out of the query. */
    ServicePage<ClientSummary> in(RegistryClient registry) {
        return registry.search(q.isEmpty() ? null : q, status, branch, page, PAGE_SIZE);
    }
}
