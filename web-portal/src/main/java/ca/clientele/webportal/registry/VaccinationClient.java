package ca.clientele.webportal.registry;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
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

/** The registry's vaccination records of the client's pets (Mes animaux), as the signed-in client. */
@HttpExchange("/api/clients/{id}/pets/{petId}/vaccinations")
public interface VaccinationClient {

    /** Newest dose first. */
    @GetExchange
    List<Vaccination> vaccinations(@PathVariable UUID id, @PathVariable UUID petId);

    @PostExchange
    Vaccination add(@PathVariable UUID id, @PathVariable UUID petId, @RequestBody VaccinationDetails vaccination);

    /** The client's change makes the record unverified again (the registry's rule). */
    @PutExchange("/{vaccinationId}")
    Vaccination update(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestBody VaccinationUpdate vaccination);

    @DeleteExchange("/{vaccinationId}")
    void delete(
            @PathVariable UUID id,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam long version);

    /** A record as sent; {@code proofDocumentId}: the document-service id of the uploaded proof. */
    record VaccinationDetails(
            String vaccine,
            String otherName,
            LocalDate givenOn,
            LocalDate validUntil,
            String clinic,
            UUID proofDocumentId) {}

    /** {@code PUT …/vaccinations/{id}}: the whole record and the version it was read at. */
    record VaccinationUpdate(@JsonUnwrapped VaccinationDetails vaccination, long version) {}
}
