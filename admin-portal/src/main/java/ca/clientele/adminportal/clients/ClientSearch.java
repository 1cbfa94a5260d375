package ca.clientele.adminportal.clients;

import java.util.Optional;

/** What staff asked the list for: free text, an optional status, a page (20 rows each). */
record ClientSearch(String q, Optional<ClientStatus> status, int page) {

    static final int PAGE_SIZE = 20;

    static ClientSearch of(String q, String status, int page) {
        return new ClientSearch(q == null ? "" : q.strip(), ClientStatus.parse(status), Math.max(page, 0));
    }

    /** For the select and the page links: the status code, or "" for all. */
    String statusCode() {
        return status.map(Enum::name).orElse("");
    }
}
