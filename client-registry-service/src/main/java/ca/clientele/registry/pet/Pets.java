package ca.clientele.registry.pet;

import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.registry.client.ClientDirectory;
import ca.clientele.registry.client.ClientSearchIndex;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's pets, for the client themselves or staff. Every pet is reached through its owner's
 * id: another client's record, a missing record or a pet of another client all answer 404. Each
 * change, the pet's search tokens and its event commit together (outbox) or not at all.
 */
@Service
class Pets {

    private final PetRepository pets;
    private final ClientDirectory clients;
    private final ClientSearchIndex searchIndex;
    private final DomainEvents events;
    private final Clock clock;

    Pets(PetRepository pets, ClientDirectory clients, ClientSearchIndex searchIndex, DomainEvents events, Clock clock) {
        this.pets = pets;
        this.clients = clients;
        this.searchIndex = searchIndex;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<Pet> list(UUID clientId, boolean includeArchived, Caller caller) {
        requireClient(clientId, caller);
        return includeArchived
                ? pets.findByClientIdOrderByCreatedAtAscIdAsc(clientId)
                : pets.findByClientIdAndArchivedFalseOrderByCreatedAtAscIdAsc(clientId);
    }

    @Transactional(readOnly = true)
    Pet one(UUID clientId, UUID petId, Caller caller) {
        requireClient(clientId, caller);
        return pets.findByIdAndClientId(petId, clientId).orElseThrow(ResourceNotFoundException::new);
    }

    @Transactional
    Pet add(UUID clientId, PetDetails details, Caller caller) {
        requireClient(clientId, caller);
        Pet pet = pets.saveAndFlush(Pet.add(clientId, details, clock.instant()));
        searchIndex.indexPet(clientId, pet.id(), pet.name());
        events.publish("pet-added", clientId, new PetEvent(clientId, pet.id(), caller.id()));
        return pet;
    }

    @Transactional
    Pet change(UUID clientId, UUID petId, PetDetails details, long version, Caller caller) {
        Pet pet = current(clientId, petId, version, caller);
        Set<String> changed = pet.change(details, clock.instant());
        if (changed.isEmpty()) {
            return pet;
        }
        Pet saved = pets.saveAndFlush(pet);
        if (changed.contains("name")) {
            searchIndex.indexPet(clientId, petId, saved.name());
        }
        events.publish("pet-updated", clientId, new PetUpdated(clientId, petId, List.copyOf(changed), caller.id()));
        return saved;
    }

    @Transactional
    Pet archive(UUID clientId, UUID petId, long version, Caller caller) {
        Pet pet = current(clientId, petId, version, caller);
        pet.archive(clock.instant());
        Pet saved = pets.saveAndFlush(pet);
        searchIndex.removePet(petId);
        events.publish("pet-archived", clientId, new PetEvent(clientId, petId, caller.id()));
        return saved;
    }

    @Transactional
    Pet restore(UUID clientId, UUID petId, long version, Caller caller) {
        Pet pet = current(clientId, petId, version, caller);
        pet.restore(clock.instant());
        Pet saved = pets.saveAndFlush(pet);
        searchIndex.indexPet(clientId, petId, saved.name());
        events.publish("pet-restored", clientId, new PetEvent(clientId, petId, caller.id()));
        return saved;
    }

    /** The pet as it is, if the caller decided on the version they send; a stale one changes nothing. */
    private Pet current(UUID clientId, UUID petId, long version, Caller caller) {
        Pet pet = one(clientId, petId, caller);
        if (pet.version() != version) {
            throw new OptimisticLockingFailureException("stale pet version");
        }
        return pet;
    }

    private void requireClient(UUID clientId, Caller caller) {
        caller.requireOwnOrStaff(clientId);
        if (!clients.exists(clientId)) {
            throw new ResourceNotFoundException();
        }
    }
}
