package ca.clientele.registry.pet;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client's pets, for the client themselves (own id only) or staff. */
@RestController
@RequestMapping("/api/clients/{clientId}/pets")
class PetController {

    private final Pets pets;

    PetController(Pets pets) {
        this.pets = pets;
    }

    @GetMapping
    List<PetView> list(
            @PathVariable UUID clientId,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @Parameter(hidden = true) Caller caller) {
        return pets.list(clientId, includeArchived, caller).stream()
                .map(PetView::of)
                .toList();
    }

    @GetMapping("/{petId}")
    PetView one(@PathVariable UUID clientId, @PathVariable UUID petId, @Parameter(hidden = true) Caller caller) {
        return PetView.of(pets.one(clientId, petId, caller));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    ResponseEntity<PetView> add(
            @PathVariable UUID clientId,
            @Validated({Default.class, PetBody.OnAdd.class}) @RequestBody PetBody body,
            @Parameter(hidden = true) Caller caller) {
        Pet pet = pets.add(clientId, body.details(), caller);
        return ResponseEntity.created(URI.create("/api/clients/" + clientId + "/pets/" + pet.id()))
                .body(PetView.of(pet));
    }

    @PutMapping("/{petId}")
    PetView change(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @Validated({Default.class, PetBody.OnChange.class}) @RequestBody PetBody body,
            @Parameter(hidden = true) Caller caller) {
        return PetView.of(pets.change(clientId, petId, body.details(), body.version(), caller));
    }

    @PostMapping("/{petId}/archive")
    PetView archive(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @Valid @RequestBody PetVersion body,
            @Parameter(hidden = true) Caller caller) {
        return PetView.of(pets.archive(clientId, petId, body.version(), caller));
    }

    @PostMapping("/{petId}/restore")
    PetView restore(
            @PathVariable UUID clientId,
            @PathVariable UUID petId,
            @Valid @RequestBody PetVersion body,
            @Parameter(hidden = true) Caller caller) {
        return PetView.of(pets.restore(clientId, petId, body.version(), caller));
    }
}
