package ca.clientele.document.form;

import ca.clientele.document.form.FormAssignment.AssignmentView;
import ca.clientele.document.form.FormViews.FormSummary;
import ca.clientele.document.form.FormViews.FormToFill;
import ca.clientele.document.form.FormViews.FormView;
import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

/** The forms library (staff) and the forms a client is asked to fill. */
@RestController
@RequestMapping("/api/forms")
class FormController {

    private final FormService forms;

    FormController(FormService forms) {
        this.forms = forms;
    }

    /** Every form, at its latest version, most recently changed first. */
    @GetMapping
    @PreAuthorize("hasRole('staff')")
    List<FormSummary> listForms(Locale locale) {
        return forms.list(locale);
    }

    @PostMapping
    @PreAuthorize("hasRole('staff')")
    @ApiResponse(responseCode = "201", description = "Created as version 1, a draft")
    ResponseEntity<FormView> createForm(
            @Valid @RequestBody FormBody body, @Parameter(hidden = true) Caller caller, Locale locale) {
        FormView created = forms.create(body, caller.id(), locale);
        return ResponseEntity.created(URI.create("/api/forms/" + created.id())).body(created);
    }

    /** The forms a client may fill now: published, assigned to them or available to all, not yet submitted. */
    @GetMapping("/to-fill")
    List<FormToFill> formsToFill(@RequestParam UUID clientId, @Parameter(hidden = true) Caller caller, Locale locale) {
        caller.requireOwnOrStaff(clientId);
        return forms.toFill(clientId, locale);
    }

    /** The latest version (draft or published). */
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('staff')")
    FormView getForm(@PathVariable UUID id, Locale locale) {
        return forms.latest(id, locale);
    }

    /** One version: for staff any; for a client the published one of a form meant for them, or one they answered. */
    @GetMapping("/{id}/versions/{version}")
    FormView getFormVersion(
            @PathVariable UUID id, @PathVariable int version, @Parameter(hidden = true) Caller caller, Locale locale) {
        return forms.version(id, version, caller, locale);
    }

    /** Changes the draft; when the latest version is published, starts the next version as a draft. */
    @PutMapping("/{id}")
    @PreAuthorize("hasRole('staff')")
    FormView editForm(@PathVariable UUID id, @Valid @RequestBody FormBody body, Locale locale) {
        return forms.edit(id, body, locale);
    }

    /** The latest version becomes the one clients fill. */
    @PostMapping("/{id}/publish")
    @PreAuthorize("hasRole('staff')")
    FormView publishForm(@PathVariable UUID id, @Valid @RequestBody RowVersion body, Locale locale) {
        return forms.publish(id, body.rowVersion(), locale);
    }

    @PutMapping("/{id}/availability")
    @PreAuthorize("hasRole('staff')")
    FormView setAvailability(@PathVariable UUID id, @Valid @RequestBody Availability body, Locale locale) {
        return forms.makeAvailableToAll(id, body.availableToAll(), body.rowVersion(), locale);
    }

    @PostMapping("/{id}/assignments")
    @PreAuthorize("hasRole('staff')")
    @ApiResponse(responseCode = "201", description = "Assigned (or already assigned: the first assignment)")
    ResponseEntity<AssignmentView> assignForm(
            @PathVariable UUID id, @Valid @RequestBody Assignment body, @Parameter(hidden = true) Caller caller) {
        AssignmentView assignment = forms.assign(id, body.clientId(), caller.id());
        return ResponseEntity.created(URI.create("/api/forms/" + id + "/assignments/" + assignment.id()))
                .body(assignment);
    }

    record RowVersion(@NotNull Long rowVersion) {}

    record Availability(boolean availableToAll, @NotNull Long rowVersion) {}

    record Assignment(@NotNull UUID clientId) {}
}
