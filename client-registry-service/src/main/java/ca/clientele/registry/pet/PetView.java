package ca.clientele.registry.pet;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/**
 * A pet as the API shows it, to its owner and to staff alike (pets hold no staff-only field):
 * {@code id}, every field of {@link PetDetails}, then {@code archived} and {@code version}.
 */
record PetView(UUID id, @JsonUnwrapped PetDetails details, boolean archived, long version) {

    static PetView of(Pet pet) {
        return new PetView(pet.id(), pet.details(), pet.archived(), pet.version());
    }
}
