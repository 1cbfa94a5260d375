package ca.clientele.document.form;

import ca.clientele.document.form.FormBody.FieldBody;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the forms API answers: records built from the aggregates, never the entities themselves. */
final class FormViews {

    private FormViews() {}

    /** The latest version of a form, in the staff library. */
    record FormSummary(
            UUID id,
            int version,
            FormVersion.Status status,
            String title,
            String titleFr,
            String titleEn,
            boolean availableToAll,
            Integer publishedVersion,
            Instant updatedAt) {

        static FormSummary of(Form form, Locale locale) {
            FormVersion latest = form.latest();
            FormBody definition = latest.definition();
            return new FormSummary(
                    form.id(),
                    latest.number(),
                    latest.status(),
                    definition.title(locale),
                    definition.titleFr(),
                    definition.titleEn(),
                    form.availableToAll(),
                    form.publishedVersion(),
                    form.updatedAt());
        }
    }

    /** One version of a form with its whole definition; {@code rowVersion} guards the form's next change. */
    record FormView(
            UUID id,
            int version,
            FormVersion.Status status,
            String title,
            String titleFr,
            String titleEn,
            String descriptionFr,
            String descriptionEn,
            List<FieldBody> fields,
            boolean availableToAll,
            Integer publishedVersion,
            Instant updatedAt,
            long rowVersion) {

        static FormView of(Form form, FormVersion version, Locale locale) {
            FormBody definition = version.definition();
            return new FormView(
                    form.id(),
                    version.number(),
                    version.status(),
                    definition.title(locale),
                    definition.titleFr(),
                    definition.titleEn(),
                    definition.descriptionFr(),
                    definition.descriptionEn(),
                    definition.fields(),
                    form.availableToAll(),
                    form.publishedVersion(),
                    form.updatedAt(),
                    form.rowVersion());
        }
    }

    /** A published form a client is asked to fill and has not submitted yet. */
    record FormToFill(UUID formId, int formVersion, String title, Instant assignedAt, UUID draftSubmissionId) {}

    record SubmissionSummary(
            UUID id,
            UUID formId,
            int formVersion,
            String title,
            FormSubmission.Status status,
            Instant updatedAt,
            Instant submittedAt,
            UUID documentId) {}

    /**
     * A submission with the version it answered and the answers ({@code key: value or [values]}).
     * A signature's answer is the typed name; it was signed at {@code submittedAt}.
     */
    record SubmissionView(
            UUID id,
            UUID formId,
            int formVersion,
            String title,
            FormSubmission.Status status,
            Instant updatedAt,
            Instant submittedAt,
            UUID documentId,
            long rowVersion,
            FormView form,
            Map<String, Object> answers) {

        SubmissionSummary summary() {
            return new SubmissionSummary(id, formId, formVersion, title, status, updatedAt, submittedAt, documentId);
        }
    }
}
