package ca.clientele.registry.pet;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pet photos as the documents service announces them. A pet is reached through its owner only, so
 * an event naming another client's pet changes nothing.
 */
@Component
public class PetPhotos {

    private final PetRepository pets;

    PetPhotos(PetRepository pets) {
        this.pets = pets;
    }

    /** @return false when the client has no such pet */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean show(UUID clientId, UUID petId, UUID documentId, Instant now) {
        return pets.findByIdAndClientId(petId, clientId)
                .map(pet -> {
                    pet.showPhoto(documentId.toString(), now);
                    return true;
                })
                .orElse(false);
    }

    /** Drops this (deleted) document from whichever of the client's pets shows it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID clientId, UUID documentId, Instant now) {
        pets.findByClientIdOrderByCreatedAtAscIdAsc(clientId)
                .forEach(pet -> pet.forgetPhoto(documentId.toString(), now));
    }
}
