package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's contact details for the other services (notifications, billing): realm role
 * {@value Caller#SERVICE} (a service account's client-credentials token) or staff. A client gets 404,
 * even for their own id: they read {@code /api/clients/me}.
 */
@RestController
@RequestMapping("/api/clients")
class ClientContactController {

    private final ClientRepository clients;

    ClientContactController(ClientRepository clients) {
        this.clients = clients;
    }

    @GetMapping("/{id}/contact")
    @Transactional(readOnly = true)
    @Operation(summary = "A client's contact details, for services (role service) and staff")
    @ApiResponse(responseCode = "404", description = "Unknown client, or the caller is neither a service nor staff")
    ClientContact contact(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        if (!isServiceOrStaff(caller)) {
            throw new ResourceNotFoundException();
        }
        return clients.findById(id).map(ClientContact::of).orElseThrow(ResourceNotFoundException::new);
    }

    static boolean isServiceOrStaff(Caller caller) {
        return caller.isStaff() || caller.isService();
    }
}
