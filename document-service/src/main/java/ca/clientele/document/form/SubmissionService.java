package ca.clientele.document.form;

import ca.clientele.document.file.DocumentFiles;
import ca.clientele.document.file.Purpose;
import ca.clientele.document.file.Visibility;
import ca.clientele.document.form.FormViews.FormView;
import ca.clientele.document.form.FormViews.SubmissionSummary;
import ca.clientele.document.form.FormViews.SubmissionView;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clients fill forms: drafts saved as they go (types checked), then one submission (required
 * answers too) that is rendered to PDF, filed in the client's documents and never changed again.
 */
@Service
class SubmissionService {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {};
    // Numbers read back exactly as they were stored (4.10 stays a decimal, not a double).
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final FormService forms;
    private final FormSubmissionRepository submissions;
    private final SubmissionPdf pdf;
    private final DocumentFiles files;
    private final MessageSource messages;
    private final DomainEvents events;
    private final Clock clock;

    SubmissionService(
            FormService forms,
            FormSubmissionRepository submissions,
            SubmissionPdf pdf,
            DocumentFiles files,
            MessageSource messages,
            DomainEvents events,
            Clock clock) {
        this.forms = forms;
        this.submissions = submissions;
        this.pdf = pdf;
        this.files = files;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    SubmissionView saveDraft(UUID formId, UUID clientId, Map<String, Object> given, Long rowVersion, Locale locale) {
        Form form = forms.fillableBy(formId, clientId);
        FormVersion published = form.published().orElseThrow();
        requireNotSubmitted(formId, clientId);
        String answers = JSON.writeValueAsString(Answers.check(published.definition(), given, false));
        FormSubmission draft = submissions
                .findByFormIdAndClientIdAndStatus(formId, clientId, FormSubmission.Status.DRAFT)
                .map(existing -> {
                    if (rowVersion != null && rowVersion != existing.rowVersion()) {
                        throw new OptimisticLockingFailureException("Stale draft");
                    }
                    existing.saveDraft(published.number(), answers, now());
                    return existing;
                })
                .orElseGet(() -> new FormSubmission(formId, published.number(), clientId, answers, now()));
        submissions.saveAndFlush(draft);
        return view(form, draft, locale);
    }

    @Transactional
    SubmissionView submit(UUID formId, UUID clientId, Map<String, Object> given, UUID actorId, Locale locale) {
        Form form = forms.fillableBy(formId, clientId);
        FormVersion published = form.published().orElseThrow();
        requireNotSubmitted(formId, clientId);
        Map<String, Object> answers = Answers.check(published.definition(), given, true);
        String json = JSON.writeValueAsString(answers);
        Instant now = now();
        FormSubmission submission = submissions
                .findByFormIdAndClientIdAndStatus(formId, clientId, FormSubmission.Status.DRAFT)
                .orElseGet(() -> new FormSubmission(formId, published.number(), clientId, json, now));

        // The PDF joins the client's documents in this same transaction: both are there, or neither. It is
        // stored first so that the submitted row is written once, complete, and never updated.
        byte[] document = pdf.render(published.definition(), published.number(), answers, now, locale);
        UUID documentId = files.storeGenerated(
                        clientId,
                        Purpose.FORM_SUBMISSION,
                        fileName(published.definition(), now, locale),
                        "application/pdf",
                        Visibility.CLIENT_VISIBLE,
                        submission.id(),
                        actorId,
                        new ByteArrayInputStream(document))
                .id();
        submission.submit(published.number(), json, actorId, documentId, now);
        submissions.saveAndFlush(submission);
        events.publish(
                "form-submitted",
                clientId,
                new FormSubmitted(
                        submission.id(),
                        formId,
                        published.number(),
                        clientId,
                        published.definition().titleFr(),
                        documentId));
        return view(form, submission, locale);
    }

    /** A client's submissions: their drafts too for themselves; staff see what was submitted. */
    @Transactional(readOnly = true)
    List<SubmissionSummary> list(UUID clientId, Caller caller, Locale locale) {
        caller.requireOwnOrStaff(clientId);
        return submissions.findByClientIdOrderByUpdatedAtDesc(clientId).stream()
                .filter(submission -> visibleTo(submission, caller))
                .map(submission -> view(forms.find(submission.formId()), submission, locale)
                        .summary())
                .toList();
    }

    @Transactional(readOnly = true)
    SubmissionView get(UUID id, Caller caller, Locale locale) {
        FormSubmission submission = submissions.findById(id).orElseThrow(ResourceNotFoundException::new);
        caller.requireOwnOrStaff(submission.clientId());
        if (!visibleTo(submission, caller)) {
            throw new ResourceNotFoundException();
        }
        return view(forms.find(submission.formId()), submission, locale);
    }

    /** "Questionnaire santé - 2026-11-22.pdf": the title in the submitter's language, the day in Montréal. */
    private String fileName(FormBody definition, Instant submittedAt, Locale locale) {
        return messages.getMessage(
                "form.pdf.file-name",
                new Object[] {definition.title(locale), LocalDate.ofInstant(submittedAt, SubmissionPdf.MONTREAL)},
                locale);
    }

    private void requireNotSubmitted(UUID formId, UUID clientId) {
        if (submissions
                .findByFormIdAndClientIdAndStatus(formId, clientId, FormSubmission.Status.SUBMITTED)
                .isPresent()) {
            throw new DomainRuleException("form.submission.immutable");
        }
    }

    private static boolean visibleTo(FormSubmission submission, Caller caller) {
        return submission.clientId().equals(caller.id()) || submission.status() == FormSubmission.Status.SUBMITTED;
    }

    private static SubmissionView view(Form form, FormSubmission submission, Locale locale) {
        FormVersion version = form.version(submission.formVersion()).orElseThrow();
        return new SubmissionView(
                submission.id(),
                submission.formId(),
                submission.formVersion(),
                version.definition().title(locale),
                submission.status(),
                submission.updatedAt(),
                submission.submittedAt(),
                submission.documentId(),
                submission.rowVersion(),
                FormView.of(form, version, locale),
                read(submission.answers()));
    }

    private static Map<String, Object> read(String answers) {
        return JSON.readValue(answers, ANSWERS);
    }

    private Instant now() {
        // The database keeps microseconds: what the API answers now is what it reads back later.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Event data: ids and the (non-personal) French title, never answers. */
    record FormSubmitted(
            UUID submissionId, UUID formId, int formVersion, UUID clientId, String title, UUID documentId) {}
}
