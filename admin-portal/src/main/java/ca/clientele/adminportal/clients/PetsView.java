package ca.clientele.adminportal.clients;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The pets block of the client page: active pets, archived ones read-only, and the pet whose form
 * is open ({@code editing}, null: none).
 */
record PetsView(List<Pet> active, List<Pet> archived, UUID editing) {

    static PetsView of(List<Pet> pets, UUID editing) {
        List<Pet> all = pets == null ? List.of() : pets;
        return new PetsView(
                all.stream().filter(pet -> !pet.archived()).toList(),
                all.stream().filter(Pet::archived).toList(),
                editing);
    }

    /** The active pet being edited, if any. */
    Optional<Pet> edited() {
        return active.stream().filter(pet -> pet.id().equals(editing)).findFirst();
    }

    public boolean isEditing(UUID petId) {
        return petId != null && petId.equals(editing);
    }
}
