package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormSpec;
import ca.clientele.adminportal.forms.FormValues;
import ca.clientele.adminportal.forms.Notice;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.List;
import java.util.Map;

/**
 * A pet's form: the same inputs to add one ({@code POST .../pets}, no version) and to edit one
 * ({@code PUT .../pets/{petId}}, the full body with the pet's version). The photo reference is
 * not edited here (the documents issue fills it) but goes back as it was, so an edit keeps it.
 */
enum PetForm implements FormSpec<Pet> {
    ADD("form.saved.pet-added"),
    EDIT("form.saved.pet");

    static final List<String> SPECIES = List.of("DOG", "CAT", "RABBIT", "BIRD", "OTHER");
    static final List<String> SEXES = List.of("MALE", "FEMALE", "UNKNOWN");
    static final List<String> INPUTS = List.of(
            "name",
            "species",
            "breed",
            "sex",
            "birthDate",
            "weightKg",
            "neutered",
            "veterinarianName",
            "veterinarianPhone",
            "behaviourNotes",
            "medicalNotes",
            "photoReference");

    private final String savedKey;

    PetForm(String savedKey) {
        this.savedKey = savedKey;
    }

    /** An empty add form: a dog of unknown sex until staff say otherwise. */
    static Map<String, String> blank() {
        return FormValues.none().put("species", "DOG").put("sex", "UNKNOWN").map();
    }

    @Override
    public List<String> fields() {
        return INPUTS;
    }

    @Override
    public Map<String, Object> body(TypedForm typed) {
        Map<String, Object> body = typed.texts("name", "species", "breed", "sex");
        body.put("birthDate", typed.date("birthDate"));
        body.put("weightKg", typed.decimal("weightKg"));
        body.put("neutered", typed.yesNo("neutered"));
        body.putAll(typed.texts(
                "veterinarianName", "veterinarianPhone", "behaviourNotes", "medicalNotes", "photoReference"));
        if (this == EDIT) {
            body.put("version", typed.version());
        }
        return body;
    }

    @Override
    public Map<String, String> values(Pet pet) {
        return FormValues.of(pet).map();
    }

    @Override
    public Notice saved(TypedForm typed, Pet result) {
        return new Notice(savedKey, result.name());
    }
}
