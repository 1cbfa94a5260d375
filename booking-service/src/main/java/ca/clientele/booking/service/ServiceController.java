package ca.clientele.booking.service;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of services offered ("Services & Disponibilités" lists it; staff keep it). */
@RestController
@RequestMapping("/api/services")
class ServiceController {

    private final Services services;

    ServiceController(Services services) {
        this.services = services;
    }

    /**
     * Active services, optionally of one branch or place; staff may include inactive ones (the flag is ignored for
     * clients). Ordered by name in the caller's language.
     */
    @GetMapping
    List<ServiceView> list(
            @RequestParam(defaultValue = "false") boolean includeInactive,
            @RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) Place place,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        return services.list(includeInactive && caller.isStaff(), branchId, place, locale);
    }

    /** Vaccine codes a service may require, with their labels. */
    @GetMapping("/vaccines")
    List<VaccineLabel> vaccines(Locale locale) {
        return services.vaccines(locale);
    }

    @GetMapping("/{id}")
    ServiceView one(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return services.one(id, caller.isStaff(), locale);
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created, with its Location")
    @PreAuthorize("hasRole('staff')")
    ResponseEntity<ServiceView> create(@Valid @RequestBody ServiceInput request, Locale locale) {
        ServiceView service = services.create(request, locale);
        return ResponseEntity.created(URI.create("/api/services/" + service.id()))
                .body(service);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('staff')")
    ServiceView change(@PathVariable UUID id, @Valid @RequestBody ServiceInput request, Locale locale) {
        return services.change(id, request, locale);
    }
}
