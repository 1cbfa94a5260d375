package ca.clientele.adminportal.clients;

import java.util.Optional;
import java.util.UUID;

/**
 * What staff asked the list for: one free text (name, e-mail, phone or pet name — the registry
 * tells which), an optional status and branch, a page (20 rows each).
 */
record ClientSearch(String q, Optional<ClientStatus> status, Optional<UUID> branch, int page) {

    static final int PAGE_SIZE = 20;

    static ClientSearch of(String q, String status, String branch, int page) {
        return new ClientSearch(
                q == null ? "" : q.strip(), ClientStatus.parse(status), uuid(branch), Math.max(page, 0));
    }

    /** For the select and the page links: the status code, or "" for all. */
    String statusCode() {
        return status.map(Enum::name).orElse("");
    }

    String branchId() {
        return branch.map(UUID::toString).orElse("");
    }

    /** A branch that is no id (an old link, a typo) means "all branches" rather than an error. */
    private static Optional<UUID> uuid(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
