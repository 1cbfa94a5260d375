package ca.clientele.registry.client;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The record's writes, one per section of the screens, each answering the whole record as the
 * caller may see it. Own or staff unless marked staff-only: {@link OwnRecordGuard} answers 404 for
 * another client's id before the body is read, and {@link ClientChanges} checks the caller again.
 */
@RestController
@RequestMapping("/api/clients/{id}")
class ClientChangeController {

    private final ClientChanges changes;
    private final ClientRecords records;

    ClientChangeController(ClientChanges changes, ClientRecords records) {
        this.changes = changes;
        this.records = records;
    }

    @PutMapping("/profile")
    ClientResponse changeProfile(
            @PathVariable UUID id, @Valid @RequestBody ProfileChange change, @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeProfile(id, change, caller), caller);
    }

    @PutMapping("/addresses")
    ClientResponse changeAddresses(
            @PathVariable UUID id,
            @Valid @RequestBody AddressesChange change,
            @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeAddresses(id, change, caller), caller);
    }

    @PutMapping("/general")
    @PreAuthorize("hasRole('staff')")
    ClientResponse changeGeneral(
            @PathVariable UUID id, @Valid @RequestBody GeneralChange change, @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeGeneral(id, change, caller), caller);
    }

    @PutMapping("/status")
    @PreAuthorize("hasRole('staff')")
    ClientResponse changeStatus(
            @PathVariable UUID id, @Valid @RequestBody StatusChange change, @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeStatus(id, change, caller), caller);
    }

    @PutMapping("/options")
    ClientResponse changeOptions(
            @PathVariable UUID id, @Valid @RequestBody OptionsChange change, @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeOptions(id, change, caller), caller);
    }

    @PutMapping("/email")
    ClientResponse changeEmail(
            @PathVariable UUID id, @Valid @RequestBody EmailChange change, @Parameter(hidden = true) Caller caller) {
        return records.response(changes.changeEmail(id, change, caller), caller);
    }

    /** Consent history of newsletter, SMS and two-factor sign-in, newest first. */
    @GetMapping("/consents")
    List<ConsentRecord.ConsentView> consents(@PathVariable UUID id, @Parameter(hidden = true) Caller caller) {
        return changes.consents(id, caller);
    }
}
