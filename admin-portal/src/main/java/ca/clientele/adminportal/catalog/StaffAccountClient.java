package ca.clientele.adminportal.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The registry's list of Keycloak accounts with the staff role (administrators only), to link a staff member to one. */
@HttpExchange("/api/clients")
interface StaffAccountClient {

    @GetExchange("/staff-accounts")
    List<StaffAccount> staffAccounts();

    record StaffAccount(UUID userId, String name, String email) {}
}
