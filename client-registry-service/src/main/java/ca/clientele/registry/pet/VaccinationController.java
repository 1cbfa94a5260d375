package ca.clientele.registry.pet;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pet's vaccination records, for the pet's owner (own pets only) or staff; only staff verify
 * one (a client gets 403). The record's path variable is not {@code id}, which the registry's
 * own-record guard reads as the client's.
 */
@RestController
@RequestMapping("/api/clients/{clientId}/pets/{petId}/vaccinations")
class VaccinationController {

    private final Vaccinations vaccinations;
    private final MessageSource messages;

    VaccinationController(Vaccinations vaccinations, MessageSource messages) {
        this.vaccinations = vaccinations;
        this.messages = messages;
    }

    /** Newest dose first. */
    @GetMapping
    List<VaccinationView> list(
            @PathVariable UUID clientId, @PathVariable UUID petId, @Parameter(hidden = true) Caller caller) {
        LocalDate today = vaccinations.today();
        return vaccinations.list(clientId, petId, caller).stream()
                .map(vaccination -> view(vaccination, today))
                .toList();
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    ResponseEntity<VaccinationView> add(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @Validated({Default.class, PetBody.OnAdd.class}) @RequestBody VaccinationBody body,
            @Parameter(hidden = true) Caller caller) {
        Vaccination added = vaccinations.add(clientId, petId, body.details(), caller);
        return ResponseEntity.created(
                        URI.create("/api/clients/" + clientId + "/pets/" + petId + "/vaccinations/" + added.id()))
                .body(view(added, vaccinations.today()));
    }

    /** A change by the client makes the record unverified again. */
    @PutMapping("/{vaccinationId}")
    VaccinationView change(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @Validated({Default.class, PetBody.OnChange.class}) @RequestBody VaccinationBody body,
            @Parameter(hidden = true) Caller caller) {
        return view(
                vaccinations.change(clientId, petId, vaccinationId, body.details(), body.version(), caller),
                vaccinations.today());
    }

    @DeleteMapping("/{vaccinationId}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @RequestParam @PositiveOrZero long version,
            @Parameter(hidden = true) Caller caller) {
        vaccinations.delete(clientId, petId, vaccinationId, version, caller);
        return ResponseEntity.noContent().build();
    }

    /** Staff checked the proof: verified, by them, now. */
    @PostMapping("/{vaccinationId}/verify")
    @PreAuthorize("hasRole('staff')")
    VaccinationView verify(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @PathVariable UUID vaccinationId,
            @Valid @RequestBody PetVersion body,
            @Parameter(hidden = true) Caller caller) {
        return view(vaccinations.verify(clientId, petId, vaccinationId, body.version(), caller), vaccinations.today());
    }

    private VaccinationView view(Vaccination vaccination, LocalDate today) {
        String label = messages.getMessage(vaccination.vaccine().messageKey(), null, LocaleContextHolder.getLocale());
        return VaccinationView.of(vaccination, label, today);
    }
}
