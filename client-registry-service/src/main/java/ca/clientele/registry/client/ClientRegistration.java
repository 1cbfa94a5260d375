package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.web.DomainRuleException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates client records. The record, its search tokens and the {@code client-registered} event
 * commit together (outbox) or not at all.
 */
@Service
class ClientRegistration {

    private final ClientRepository clients;
    private final ClientSearchIndex searchIndex;
    private final BlindIndex blindIndex;
    private final DomainEvents events;
    private final Clock clock;

    ClientRegistration(
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

    /**
     * The first portal visit: the record is made from the Keycloak token's claims, in {@code language} (the portal's
     * language, fr or en; French when null).
     */
    @Transactional
    Client registerFromToken(Caller caller, String language) {
        Optional<Client> existing = clients.findById(caller.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        if (caller.email() == null || caller.email().isBlank()) {
            throw new DomainRuleException("client.registration.email-required");
        }
        PersonName name = new PersonName(orFallback(caller.givenName(), caller.email()), caller.familyName(), null);
        return register(caller.id(), name, caller.email(), RegistrationChannel.PORTAL, null, language);
    }

    /**
     * A client staff registered over the phone, under the id of the Keycloak account just created
     * for them ({@link StaffRegistration} makes the account and undoes it if this fails).
     */
    @Transactional
    Client registerByStaff(UUID id, NewClient request, String email) {
        PersonName name = new PersonName(request.firstName(), request.lastName(), request.displayName());
        String mobile = PhoneNumbers.normalise(request.mobilePhone());
        Client.Profile profile = new Client.Profile(
                name,
                mobile == null ? Client.PhoneNumber.NONE : new Client.PhoneNumber(mobile, blindIndex.of(mobile)),
                Client.PhoneNumber.NONE,
                request.language(),
                null);
        return register(id, name, email, RegistrationChannel.STAFF, profile, null);
    }

    private Client register(
            UUID id,
            PersonName name,
            String email,
            RegistrationChannel channel,
            Client.Profile profile,
            String language) {
        Instant now = clock.instant();
        Client created = Client.register(id, name, email, blindIndex.of(email), channel, now);
        if (language != null) {
            created.registeredInLanguage(language);
        }
        if (profile != null) {
            created.changeProfile(profile, now);
        }
        Client client = clients.saveAndFlush(created);
        searchIndex.index(id, name);
        events.publish("client-registered", id, new ClientRegistered(id, now, channel));
        return client;
    }

    private static String orFallback(String givenName, String email) {
        return givenName == null || givenName.isBlank() ? email.substring(0, email.indexOf('@')) : givenName;
    }
}
