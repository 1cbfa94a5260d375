package ca.clientele.adminportal.clients;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A vaccination's form, also the body of {@code POST …/vaccinations} (no version: the record is
 * new) and of {@code PUT …/vaccinations/{id}} (the whole record with its version). The proof's
 * document id goes back as it was: staff see the proof, the client sends it.
 */
record VaccinationForm(
        String vaccine,
        String otherName,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
        String clinic,
        UUID proofDocumentId,
        // A new record has none, and the registry wants none sent rather than null.
        @JsonInclude(JsonInclude.Include.NON_NULL) Long version) {

    static final List<String> VACCINES = List.of("RABIES", "DHPP", "FVRCP", "BORDETELLA", "OTHER");

    static VaccinationForm blank() {
        return new VaccinationForm("RABIES", null, null, null, null, null, null);
    }

    static VaccinationForm of(Vaccination vaccination) {
        return new VaccinationForm(
                vaccination.vaccine(),
                vaccination.otherName(),
                vaccination.givenOn(),
                vaccination.validUntil(),
                vaccination.clinic(),
                vaccination.proofDocumentId(),
                vaccination.version());
    }
}
