package ca.clientele.adminportal.clients;

import ca.clientele.adminportal.web.Fallback;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The vaccinations of each active pet in the pets block: the records read from the registry, each
 * with its form (model attribute {@code vaccination<id>}), and each pet's add form ({@code
 * vaccinationNew<petId>}); a form already in the model (refused, as typed) stays. One pet's
 * records that cannot be read show a notice, the rest of the block stays.
 */
@Component
class VaccinationsBlock {

    /** One pet's records with the model attribute of each one's form, and of the pet's add form. */
    record PetVaccinations(List<Entry> records, String newForm, boolean unavailable) {}

    record Entry(Vaccination record, String form) {}

    /** The outcome of a delete or "Marquer vérifié" that was refused, shown on the pet's records. */
    record Refusal(UUID petId, String text) {}

    private final VaccinationClient vaccinations;

    VaccinationsBlock(VaccinationClient vaccinations) {
        this.vaccinations = vaccinations;
    }

    void fill(Model model, UUID clientId, List<Pet> pets) {
        Map<UUID, PetVaccinations> byPet = new LinkedHashMap<>();
        for (Pet pet : pets) {
            String newForm = newFormName(pet.id());
            addIfAbsent(model, newForm, VaccinationForm.blank());
            byPet.put(
                    pet.id(),
                    Fallback.optional("vaccinations", () -> vaccinations.vaccinations(clientId, pet.id()))
                            .map(records -> new PetVaccinations(
                                    records.stream()
                                            .map(record -> {
                                                String form = formName(record.id());
                                                addIfAbsent(model, form, VaccinationForm.of(record));
                                                return new Entry(record, form);
                                            })
                                            .toList(),
                                    newForm,
                                    false))
                            .orElseGet(() -> new PetVaccinations(List.of(), newForm, true)));
        }
        model.addAttribute("vaccinations", byPet);
        model.addAttribute("vaccines", VaccinationForm.VACCINES);
    }

    static String newFormName(UUID petId) {
        return "vaccinationNew" + petId.toString().replace("-", "");
    }

    static String formName(UUID vaccinationId) {
        return "vaccination" + vaccinationId.toString().replace("-", "");
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
