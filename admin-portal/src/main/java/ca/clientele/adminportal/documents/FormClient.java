package ca.clientele.adminportal.documents;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * The document-service's form calls (ISSUE8 contract, "Forms API"), made as the staff member:
 * the library (build, publish, make available, assign) and what a client was given and filled.
 */
@HttpExchange("/api/forms")
public interface FormClient {

    /** The latest version of each form. */
    @GetExchange
    List<FormSummary> forms();

    @PostExchange
    FormView create(@RequestBody FormBody form);

    /** The latest version (a draft after an edit of a published form). */
    @GetExchange("/{id}")
    FormView form(@PathVariable UUID id);

    /** Edits the draft, or makes version n+1 a draft when the latest is published. */
    @PutExchange("/{id}")
    FormView update(@PathVariable UUID id, @RequestBody FormChange change);

    @PostExchange("/{id}/publish")
    FormView publish(@PathVariable UUID id, @RequestBody RowVersion rowVersion);

    @PutExchange("/{id}/availability")
    FormView availability(@PathVariable UUID id, @RequestBody Availability availability);

    @PostExchange("/{id}/assignments")
    Assignment assign(@PathVariable UUID id, @RequestBody AssignmentBody assignment);

    /** Published forms assigned or available to the client and not submitted yet. */
    @GetExchange("/to-fill")
    List<FormToFill> toFill(@RequestParam UUID clientId);

    @GetExchange("/submissions")
    List<SubmissionSummary> submissions(@RequestParam UUID clientId);

    /** A form as staff write it: titles, descriptions and fields in French and English. */
    record FormBody(
            String titleFr, String titleEn, String descriptionFr, String descriptionEn, List<FieldBody> fields) {}

    record FieldBody(
            String key,
            FieldType type,
            String labelFr,
            String labelEn,
            String helpFr,
            String helpEn,
            boolean required,
            List<Option> options) {}

    record Option(String value, String labelFr, String labelEn) {}

    /** The body of an edit: the form and the row version it was read with (a stale one is a 409). */
    record FormChange(@JsonUnwrapped FormBody form, long rowVersion) {}

    record RowVersion(long rowVersion) {}

    record Availability(boolean availableToAll, long rowVersion) {}

    record AssignmentBody(UUID clientId) {}

    record Assignment(UUID id, UUID formId, UUID clientId, Instant assignedAt) {}

    /** One form of the library; {@code title} is in the user's language. */
    record FormSummary(
            UUID id,
            int version,
            String status,
            String title,
            String titleFr,
            String titleEn,
            boolean availableToAll,
            Integer publishedVersion,
            Instant updatedAt) {

        public boolean isPublished() {
            return "PUBLISHED".equals(status);
        }

        /** A client can be given it: this version or an earlier one is published. */
        public boolean isAssignable() {
            return isPublished() || publishedVersion != null;
        }
    }

    /** One version of a form, with what optimistic locking needs ({@code rowVersion}). */
    record FormView(
            UUID id,
            int version,
            String status,
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            List<FieldBody> fields,
            boolean availableToAll,
            Integer publishedVersion,
            long rowVersion) {

        public FormView {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public boolean isPublished() {
            return "PUBLISHED".equals(status);
        }
    }

    record FormToFill(UUID formId, int formVersion, String title, Instant assignedAt, UUID draftSubmissionId) {}

    record SubmissionSummary(
            UUID id,
            UUID formId,
            int formVersion,
            String title,
            String status,
            Instant updatedAt,
            Instant submittedAt,
            UUID documentId) {}
}
