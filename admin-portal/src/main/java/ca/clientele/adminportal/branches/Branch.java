package ca.clientele.adminportal.branches;

import java.util.UUID;

/** A branch (succursale) from booking-service's {@code GET /api/branches}; closed ones stay nameable. */
public record Branch(UUID id, String code, String name, Boolean active) {

    public boolean isClosed() {
        return Boolean.FALSE.equals(active);
    }
}
