package ca.clientele.registry.client;

import ca.clientele.platform.crypto.BlindIndex;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.registry.identity.EmailTakenException;
import ca.clientele.registry.identity.IdentityAccounts;
import ca.clientele.registry.identity.IdentityUnavailableException;
import ca.clientele.registry.identity.TwoFactorState;
import ca.clientele.registry.identity.TwoFactorStates;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to an existing client record. Each write names the version it was made from: a stale
 * version is refused before anything changes, and a race after the check fails on the JPA
 * version at flush. The change and its event commit together.
 *
 * <p>A change that Keycloak must follow (status, two-factor, e-mail) is applied to the record and
 * flushed FIRST, so a stale version never reaches Keycloak; Keycloak is called last, inside the
 * transaction, so a Keycloak failure rolls the record back (503) and nothing is half-done.
 */
@Service
class ClientChanges {

    /** The fields billing keeps its own copy of: a change of one publishes client-billing-changed (issue 11). */
    private static final Set<String> BILLING_FIELDS = Set.of("discountPercent", "discountEndsOn", "preferredLanguage");

    private final ClientRepository clients;
    private final ConsentRepository consents;
    private final ClientSearchIndex searchIndex;
    private final BlindIndex blindIndex;
    private final DomainEvents events;
    private final IdentityAccounts identity;
    private final TwoFactorStates twoFactor;
    private final Geocoder geocoder;
    private final Clock clock;

    ClientChanges(
            ClientRepository clients,
            ConsentRepository consents,
            ClientSearchIndex searchIndex,
            BlindIndex blindIndex,
            DomainEvents events,
            IdentityAccounts identity,
            TwoFactorStates twoFactor,
            Geocoder geocoder,
            Clock clock) {
        this.clients = clients;
        this.consents = consents;
        this.searchIndex = searchIndex;
        this.blindIndex = blindIndex;
        this.events = events;
        this.identity = identity;
        this.twoFactor = twoFactor;
        this.geocoder = geocoder;
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
        return updated(client, changed, caller);
    }

    /**
     * Replaces the addresses. When they change, the geocoder is asked where the home address is;
     * coordinates it finds replace the old ones, and none found leaves them for staff to enter.
     */
    @Transactional
    Client changeAddresses(UUID id, AddressesChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        Instant now = clock.instant();
        Set<String> changed = new LinkedHashSet<>(client.changeAddresses(change.billing(), change.shipping(), now));
        if (!changed.isEmpty() && client.homeAddress() != null) {
            geocoder.locate(client.homeAddress()).ifPresent(found -> changed.addAll(client.locate(found, now)));
        }
        return updated(client, changed, caller);
    }

    @Transactional
    Client changeGeneral(UUID id, GeneralChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        return updated(client, client.changeGeneral(change.toGeneral(), clock.instant()), caller);
    }

    /** Banning disables the Keycloak account and ends its sessions; lifting a ban enables it again. */
    @Transactional
    Client changeStatus(UUID id, StatusChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        Optional<Client.StatusTransition> changed =
                client.changeStatus(change.status(), change.reason(), staffMember(caller), clock.instant());
        if (changed.isEmpty()) {
            return client;
        }
        Client.StatusTransition transition = changed.get();
        Client saved = clients.saveAndFlush(client);
        if (transition.statusChanged()) {
            events.publish(
                    "client-status-changed",
                    id,
                    new ClientStatusChanged(id, transition.from(), transition.to(), caller.id()));
            events.publish("client-billing-changed", id, ClientBillingChanged.of(saved, caller.id()));
        } else {
            events.publish("client-updated", id, new ClientUpdated(id, List.of("statusReason"), caller.id()));
        }
        if (transition.bans()) {
            identity.disable(id);
        } else if (transition.liftsBan()) {
            identity.enable(id);
        }
        return saved;
    }

    /**
     * Newsletter and SMS consent, and two-factor sign-in (held by Keycloak). Each change appends a
     * consent record naming who made it and through which screen.
     */
    @Transactional
    Client changeOptions(UUID id, OptionsChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        boolean twoFactorNow = false;
        if (change.twoFactor() != null) {
            TwoFactorState state = twoFactor.live(id); // the decision never rests on a remembered state
            if (state == TwoFactorState.UNKNOWN) {
                throw new IdentityUnavailableException("two-factor-state", null);
            }
            twoFactorNow = state.isOn();
        }
        Instant now = clock.instant();
        List<Client.OptionChange> changed =
                client.changeOptions(change.newsletter(), change.sms(), change.twoFactor(), twoFactorNow, now);
        if (changed.isEmpty()) {
            return client;
        }
        Client saved = clients.saveAndFlush(client);
        ConsentChannel channel = ConsentChannel.of(caller);
        consents.saveAll(changed.stream()
                .map(option -> new ConsentRecord(id, option, now, caller.id(), channel))
                .toList());
        events.publish(
                "options-changed",
                id,
                new OptionsChanged(
                        id, changed.stream().map(Client.OptionChange::option).toList(), caller.id(), channel));
        changed.stream()
                .filter(option -> option.option() == ConsentOption.TWO_FACTOR)
                .findFirst()
                .ifPresent(option -> {
                    if (option.granted()) {
                        twoFactor.require(id);
                    } else {
                        twoFactor.remove(id);
                    }
                });
        return saved;
    }

    /** The sign-in e-mail: unique among clients, changed in Keycloak too, and to be verified again. */
    @Transactional
    Client changeEmail(UUID id, EmailChange change, Caller caller) {
        Client client = current(id, change.version(), caller);
        String email = change.email().strip().toLowerCase(Locale.ROOT);
        String hash = blindIndex.of(email);
        if (client.hasEmail(hash)) {
            return client;
        }
        // Checked before the record changes: the query would otherwise flush the new hash first.
        if (clients.existsByEmailHash(hash)) {
            throw new EmailTakenException();
        }
        client.changeEmail(email, hash, clock.instant());
        Client saved;
        try {
            saved = clients.saveAndFlush(client);
        } catch (DataIntegrityViolationException raced) {
            // Another record took the address between the check and the flush.
            throw new EmailTakenException();
        }
        events.publish("client-updated", id, new ClientUpdated(id, List.of("email"), caller.id()));
        identity.changeEmail(id, email);
        return saved;
    }

    @Transactional(readOnly = true)
    List<ConsentRecord.ConsentView> consents(UUID id, Caller caller) {
        caller.requireOwnOrStaff(id);
        if (!clients.existsById(id)) {
            throw new ResourceNotFoundException();
        }
        return consents.findByClientIdOrderByChangedAtDescIdDesc(id).stream()
                .map(ConsentRecord::view)
                .toList();
    }

    private Client current(UUID id, long version, Caller caller) {
        caller.requireOwnOrStaff(id);
        Client client = clients.findById(id).orElseThrow(ResourceNotFoundException::new);
        if (client.version() != version) {
            throw new OptimisticLockingFailureException("stale client version");
        }
        return client;
    }

    private Client updated(Client client, Set<String> changed, Caller caller) {
        if (changed.isEmpty()) {
            return client;
        }
        Client saved = clients.saveAndFlush(client);
        events.publish(
                "client-updated", client.id(), new ClientUpdated(client.id(), List.copyOf(changed), caller.id()));
        if (changed.stream().anyMatch(BILLING_FIELDS::contains)) {
            events.publish("client-billing-changed", client.id(), ClientBillingChanged.of(saved, caller.id()));
        }
        return saved;
    }

    private Client.PhoneNumber phone(String text) {
        String number = PhoneNumbers.normalise(text);
        return number == null ? Client.PhoneNumber.NONE : new Client.PhoneNumber(number, blindIndex.of(number));
    }

    /** Who changed a status, as their token names them (kept with the record, encrypted). */
    private static Client.StaffMember staffMember(Caller caller) {
        String name = Stream.of(caller.givenName(), caller.familyName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return new Client.StaffMember(caller.id(), name.isEmpty() ? caller.email() : name);
    }
}
