package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an existing client record. Each write names the version it was made from: a stale
 * version is refused before anything changes, and a race after the check fails on the JPA
 * version at flush. The change and its {@code client-updated} event commit together.
 */
@Service
class ClientChanges {

    private final ClientRepository clients;
    private final ClientSearchIndex searchIndex;
    private final BlindIndex blindIndex;
    private final DomainEvents events;
    private final Clock clock;

    ClientChanges(
            ClientRepository clients,
            ClientSearchIndex searchIndex,
            BlindIndex blindIndex,
            DomainEvents events,
            Clock clock) {
        this.clients = clients;
        this.searchIndex = searchIndex;
        this.blindIndex = blindIndex;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Client changeProfile(UUID id, ProfileChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        PersonName before = client.name();
        Set<String> changed = client.changeProfile(
                new Client.Profile(
                        new PersonName(change.firstName(), change.lastName(), change.displayName()),
                        phone(change.mobilePhone()),
                        phone(change.homePhone()),
                        change.preferredLanguage(),
                        change.bio()),
                clock.instant());
        if (!client.name().equals(before)) {
            searchIndex.index(id, client.name());
        }
        return saved(client, changed, caller);
    }

    private Client current(UUID id, long version, Caller caller) {
        caller.requireOwnOrStaff(id);
        Client client = clients.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (client.version() != version) {
            throw new OptimisticLockingFailureException("stale client version");
        }
        return client;
    }

    private Client saved(Client client, Set<String> changed, Caller caller) {
        if (changed.isEmpty()) {
            return client;
        }
        Client saved = clients.saveAndFlush(client);
        events.publish(
                "client-updated", client.id(), new ClientUpdated(client.id(), List.copyOf(changed), caller.id()));
        return saved;
    }

    private Client.PhoneNumber phone(String text) {
        String number = PhoneNumbers.normalise(text);
        return number == null ? Client.PhoneNumber.NONE : new Client.PhoneNumber(number, blindIndex.of(number));
    }
}
