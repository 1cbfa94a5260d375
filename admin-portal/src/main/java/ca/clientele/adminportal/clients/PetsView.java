package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The pets block of the client page: active pets each with their edit form, archived ones
 * read-only, the add form, and what the last action said. A refused form keeps what was typed.
 */
record PetsView(
        List<Pet> active,
        List<Pet> archived,
        FormState addForm,
        Map<UUID, FormState> editForms,
        Map<UUID, FormState> archiveRefusals,
        String notice) {

    static PetsView of(List<Pet> pets) {
        Map<UUID, FormState> forms = new HashMap<>();
        for (Pet pet : pets) {
            forms.put(pet.id(), FormState.shown(PetForm.EDIT.values(pet)));
        }
        return new PetsView(
                pets.stream().filter(pet -> !pet.archived()).toList(),
                pets.stream().filter(Pet::archived).toList(),
                FormState.shown(PetForm.blank()),
                forms,
                Map.of(),
                null);
    }

    PetsView withAddForm(FormState form) {
        return new PetsView(active, archived, form, editForms, archiveRefusals, notice);
    }

    PetsView withEditForm(UUID petId, FormState form) {
        Map<UUID, FormState> forms = new HashMap<>(editForms);
        forms.put(petId, form);
        return new PetsView(active, archived, addForm, forms, archiveRefusals, notice);
    }

    PetsView withArchiveRefusal(UUID petId, FormState form) {
        Map<UUID, FormState> refusals = new HashMap<>(archiveRefusals);
        refusals.put(petId, form);
        return new PetsView(active, archived, addForm, editForms, refusals, notice);
    }

    PetsView withNotice(String text) {
        return new PetsView(active, archived, addForm, editForms, archiveRefusals, text);
    }

    public FormState editForm(UUID petId) {
        return editForms.get(petId);
    }

    /** The archive refusal of this pet (a conflict, the registry down), or null. */
    public FormState archiveRefusal(UUID petId) {
        return archiveRefusals.get(petId);
    }
}
