package ca.clientele.webportal.documentservice;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** The forms a client fills, as the document-service offers them to that client. */
@HttpExchange("/api/forms")
public interface FormClient {

    /** Published forms assigned or available to the client and not submitted yet (with their draft). */
    @GetExchange("/to-fill")
    List<FormToFill> toFill(@RequestParam UUID clientId);

    /** The client's submissions, drafts included. */
    @GetExchange("/submissions")
    List<Submission> submissions(@RequestParam UUID clientId);

    /** A submission with its answers (a draft being continued). */
    @GetExchange("/submissions/{id}")
    SubmissionView submission(@PathVariable UUID id);

    /** The version of a form the client fills. */
    @GetExchange("/{id}/versions/{version}")
    FormView version(@PathVariable UUID id, @PathVariable int version);

    /** Saves a draft: types are checked, required fields are not. */
    @PutExchange("/{id}/draft")
    SubmissionView saveDraft(@PathVariable UUID id, @RequestParam UUID clientId, @RequestBody Answers answers);

    /** Submits: required fields and types checked ({@code answers[<key>]} field errors); immutable afterwards. */
    @PostExchange("/{id}/submissions")
    Submission submit(@PathVariable UUID id, @RequestParam UUID clientId, @RequestBody Answers answers);

    /**
     * What the client answered, per field key; {@code rowVersion}: the draft's version as the page read it (null before the first save), refused with 409
     * when the draft changed since.
     */
    record Answers(Map<String, FormAnswer> answers, Long rowVersion) {}
}
