package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/clients")
class ClientController {

    private final ClientRepository clients;
    private final ClientRegistration registration;
    private final ClientSearch search;
    private final ClientChanges changes;

    ClientController(
            ClientRepository clients, ClientRegistration registration, ClientSearch search, ClientChanges changes) {
        this.clients = clients;
        this.registration = registration;
        this.search = search;
        this.changes = changes;
    }

    /** The caller's own record; 404 until their first portal visit created it. */
    @GetMapping("/me")
    @Transactional(readOnly = true)
    ClientResponse me(Caller caller) {
        return clients.findById(caller.id())
                .map(client -> ClientResponse.of(client, caller.isStaff()))
                .orElseThrow(ResourceNotFoundException::new);
    }

    /** First portal visit: creates the caller's record from their token. Idempotent. */
    @PostMapping("/me")
    @PreAuthorize("hasRole('client')")
    ResponseEntity<ClientView> registerMe(Caller caller) {
        boolean existed = clients.existsById(caller.id());
        try {
            Client client = registration.registerFromToken(caller);
            return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(ClientView.of(client));
        } catch (DataIntegrityViolationException raced) {
            // Two first visits at once (two tabs): the primary key let one win; answer with its record.
            return clients.findById(caller.id())
                    .map(client -> ResponseEntity.ok(ClientView.of(client)))
                    .orElseThrow(() -> raced);
        }
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ClientResponse one(@PathVariable UUID id, Caller caller) {
        caller.requireOwnOrStaff(id);
        return clients.findById(id)
                .map(client -> ClientResponse.of(client, caller.isStaff()))
                .orElseThrow(ResourceNotFoundException::new);
    }

    @PutMapping("/{id}/profile")
    ClientResponse changeProfile(@PathVariable UUID id, @Valid @RequestBody ProfileChange change, Caller caller) {
        caller.requireOwnOrStaff(id);
        return ClientResponse.of(changes.changeProfile(id, change, caller), caller.isStaff());
    }

    @GetMapping
    @PreAuthorize("hasRole('staff')")
    ClientPage list(
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ClientStatus status,
            @RequestParam(required = false) UUID branch,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return search.search(new ClientSearch.Criteria(q, status, branch), page, size);
    }
}
