package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.forms.FormSpec;
import ca.clientele.adminportal.forms.Notice;
import ca.clientele.adminportal.forms.TypedForm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Archiving a pet ({@code POST .../pets/{petId}/archive} with its version): kept, no longer listed as active. */
final class PetArchive implements FormSpec<Pet> {

    static final PetArchive INSTANCE = new PetArchive();

    private PetArchive() {}

    @Override
    public List<String> fields() {
        return List.of();
    }

    @Override
    public Map<String, Object> body(TypedForm typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", typed.version());
        return body;
    }

    @Override
    public Map<String, String> values(Pet pet) {
        return Map.of();
    }

    @Override
    public Notice saved(TypedForm typed, Pet result) {
        return new Notice("form.saved.pet-archived", result.name());
    }
}
