package ca.clientele.document.form;

import ca.clientele.document.form.FormViews.SubmissionSummary;
import ca.clientele.document.form.FormViews.SubmissionView;
import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client fills a form (themselves, or staff for them): drafts, the submission, what was submitted. */
@RestController
@RequestMapping("/api/forms")
class SubmissionController {

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @GetMapping("/submissions")
    List<SubmissionSummary> listSubmissions(
            @RequestParam UUID clientId, @Parameter(hidden = true) Caller caller, Locale locale) {
        return submissions.list(clientId, caller, locale);
    }

    @GetMapping("/submissions/{id}")
    SubmissionView getSubmission(@PathVariable UUID id, @Parameter(hidden = true) Caller caller, Locale locale) {
        return submissions.get(id, caller, locale);
    }

    /** Saves what is filled so far (types checked, required answers not yet); refused once submitted. */
    @PutMapping("/{id}/draft")
    SubmissionView saveDraft(
            @PathVariable UUID id,
            @RequestParam UUID clientId,
            @RequestBody AnswersBody body,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        caller.requireOwnOrStaff(clientId);
        return submissions.saveDraft(id, clientId, body.answers(), body.rowVersion(), locale);
    }

    @PostMapping("/{id}/submissions")
    @ApiResponse(
            responseCode = "201",
            description = "Submitted: immutable from now on, its PDF in the client's documents")
    ResponseEntity<SubmissionView> submitForm(
            @PathVariable UUID id,
            @RequestParam UUID clientId,
            @RequestBody AnswersBody body,
            @Parameter(hidden = true) Caller caller,
            Locale locale) {
        caller.requireOwnOrStaff(clientId);
        SubmissionView submitted = submissions.submit(id, clientId, body.answers(), caller.id(), locale);
        return ResponseEntity.created(URI.create("/api/forms/submissions/" + submitted.id()))
                .body(submitted);
    }

    /**
     * @param answers {@code key: value} for each field answered ({@code [values]} for a multiple choice)
     * @param rowVersion the draft's version when it was read, to refuse saving over a newer one (optional)
     */
    record AnswersBody(Map<String, Object> answers, Long rowVersion) {}
}
