package ca.clientele.adminportal.clients;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** A pet's vaccination records in the registry, as the staff member. */
@HttpExchange("/api/clients/{id}/pets/{petId}/vaccinations")
interface VaccinationClient {

    /** Newest dose first. */
    @GetExchange
    List<Vaccination> vaccinations(@PathVariable UUID id, @PathVariable UUID petId);

    @PostExchange
    Vaccination add(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody VaccinationForm vaccination);

    /** Staff's change keeps the record verified (the registry's rule). */
    @PutExchange("/{vaccinationId}")
    Vaccination update(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestBody VaccinationForm vaccination);

    @DeleteExchange("/{vaccinationId}")
    void delete(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam long version);

    /** "Marquer vérifié": staff checked the proof. */
    @PostExchange("/{vaccinationId}/verify")
    Vaccination verify(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestBody Version version);

    record Version(long version) {}
}
