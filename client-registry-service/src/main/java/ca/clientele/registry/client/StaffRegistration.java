package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import ca.clientele.registry.identity.EmailTakenException;
import ca.clientele.registry.identity.IdentityAccounts;
import ca.clientele.registry.identity.NewAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Staff register a client who called: the Keycloak account comes first (its id is the client's
 * id), then the record. The two live in different systems, so there is no common transaction:
 * when the record cannot be stored, the account just created is deleted again (compensation).
 */
@Service
class StaffRegistration {

    private static final Logger log = LoggerFactory.getLogger(StaffRegistration.class);

    private final ClientRegistration registration;
    private final ClientRepository clients;
    private final IdentityAccounts identity;
    private final BlindIndex blindIndex;
    private final Clock clock;

    StaffRegistration(
            ClientRegistration registration,
            ClientRepository clients,
            IdentityAccounts identity,
            BlindIndex blindIndex,
            Clock clock) {
        this.registration = registration;
        this.clients = clients;
        this.identity = identity;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    Client register(NewClient request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        if (clients.existsByEmailHash(blindIndex.of(email))) {
            throw new EmailTakenException();
        }
        UUID id = identity.createAccount(new NewAccount(
                email, request.firstName().strip(), request.lastName().strip(), request.language()));
        try {
            return registration.registerByStaff(id, request, email);
        } catch (RuntimeException failed) {
            undo(id);
            throw failed;
        }
    }

    /** Keycloak's execute-actions e-mail: choose a password and confirm the address. */
    Instant invite(UUID id) {
        Client client = clients.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (client.status() == ClientStatus.BANNED) {
            throw new DomainRuleException("client.invitation.banned");
        }
        identity.sendInvitation(id);
        return clock.instant();
    }

    private void undo(UUID accountId) {
        try {
            identity.deleteAccount(accountId);
        } catch (RuntimeException e) {
            // Ids only: an operator can remove the orphan account by its id.
            log.error("Could not delete Keycloak account {} after its record failed", accountId);
        }
    }
}
