package ca.clientele.registry.client;

import ca.clientele.registry.identity.IdentityAccounts;
import ca.clientele.registry.identity.StaffAccount;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's sign-in accounts (Keycloak users with the staff realm role), for administrators
 * linking a staff member of the booking service to the account they sign in with. Read from
 * Keycloak at each call (a few dozen accounts at most); Keycloak down → 503 problem.
 */
@RestController
class StaffAccountController {

    private final IdentityAccounts identity;

    StaffAccountController(IdentityAccounts identity) {
        this.identity = identity;
    }

    @GetMapping("/api/clients/staff-accounts")
    @PreAuthorize("hasRole('admin')")
    List<StaffAccount> staffAccounts() {
        return identity.staffAccounts();
    }
}
