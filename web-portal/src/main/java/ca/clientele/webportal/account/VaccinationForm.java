package ca.clientele.webportal.account;

import ca.clientele.webportal.registry.Vaccination;
import ca.clientele.webportal.registry.VaccinationClient.VaccinationDetails;
import ca.clientele.webportal.registry.VaccinationClient.VaccinationUpdate;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A vaccination form of Mes animaux: a new record of one pet ({@code version} null) or one of its
 * records. {@code proofDocumentId} is set by the proof upload (js/upload.js) or kept as stored.
 * Dates that cannot be read are refused next to their field; every other rule is the registry's.
 */
record VaccinationForm(
        String vaccine,
        String otherName,
        @DateTimeFormat(iso = ISO.DATE) LocalDate givenOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate validUntil,
        String clinic,
        UUID proofDocumentId,
        Long version) {

    static final List<String> VACCINES = List.of("RABIES", "DHPP", "FVRCP", "BORDETELLA", "OTHER");

    /** A new record: rabies, the vaccine a home visit asks for. */
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

    VaccinationDetails toDetails() {
        return new VaccinationDetails(vaccine, otherName, givenOn, validUntil, clinic, proofDocumentId);
    }

    VaccinationUpdate toUpdate() {
        return new VaccinationUpdate(toDetails(), version == null ? -1 : version);
    }
}
