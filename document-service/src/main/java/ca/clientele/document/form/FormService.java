package ca.clientele.document.form;

import ca.clientele.document.form.FormAssignment.AssignmentView;
import ca.clientele.document.form.FormViews.FormSummary;
import ca.clientele.document.form.FormViews.FormToFill;
import ca.clientele.document.form.FormViews.FormView;
import ca.clientele.document.form.InvalidFormInput.FieldProblem;
import ca.clientele.platform.events.DomainEvents;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import ca.clientele.platform.web.DomainRuleException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The forms library: staff build, publish and hand out forms; clients reach the ones meant for them. */
@Service
class FormService {

    private final FormRepository forms;
    private final FormAssignmentRepository assignments;
    private final FormSubmissionRepository submissions;
    private final DomainEvents events;
    private final Clock clock;

    FormService(
            FormRepository forms,
            FormAssignmentRepository assignments,
            FormSubmissionRepository submissions,
            DomainEvents events,
            Clock clock) {
        this.forms = forms;
        this.assignments = assignments;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<FormSummary> list(Locale locale) {
        return forms.findAllByOrderByUpdatedAtDesc().stream()
                .map(form -> FormSummary.of(form, locale))
                .toList();
    }

    @Transactional
    FormView create(FormBody body, UUID staffId, Locale locale) {
        FormDefinitionRules.check(body);
        Form form = forms.saveAndFlush(new Form(body.definition(), staffId, now()));
        return FormView.of(form, form.latest(), locale);
    }

    @Transactional(readOnly = true)
    FormView latest(UUID id, Locale locale) {
        Form form = find(id);
        return FormView.of(form, form.latest(), locale);
    }

    /** A version: any for staff; for a client, the published one of a form meant for them, or one they answered. */
    @Transactional(readOnly = true)
    FormView version(UUID id, int number, Caller caller, Locale locale) {
        Form form = find(id);
        FormVersion version = form.version(number).orElseThrow(ResourceNotFoundException::new);
        boolean visible = caller.isStaff()
                || (Integer.valueOf(number).equals(form.publishedVersion()) && meantFor(form, caller.id()))
                || submissions.existsByClientIdAndFormIdAndFormVersion(caller.id(), id, number);
        if (!visible) {
            throw new ResourceNotFoundException();
        }
        return FormView.of(form, version, locale);
    }

    @Transactional
    FormView edit(UUID id, FormBody body, Locale locale) {
        Form form = find(id);
        form.requireRowVersion(requiredRowVersion(body.rowVersion()));
        FormDefinitionRules.check(body);
        form.edit(body.definition(), now());
        forms.flush();
        return FormView.of(form, form.latest(), locale);
    }

    @Transactional
    FormView publish(UUID id, Long rowVersion, Locale locale) {
        Form form = find(id);
        form.requireRowVersion(requiredRowVersion(rowVersion));
        form.publish(now());
        forms.flush();
        return FormView.of(form, form.latest(), locale);
    }

    @Transactional
    FormView makeAvailableToAll(UUID id, boolean available, Long rowVersion, Locale locale) {
        Form form = find(id);
        form.requireRowVersion(requiredRowVersion(rowVersion));
        form.makeAvailableToAll(available, now());
        forms.flush();
        return FormView.of(form, form.latest(), locale);
    }

    /** Asks a client to fill a published form; assigning it again returns the first assignment, silently. */
    @Transactional
    AssignmentView assign(UUID id, UUID clientId, UUID staffId) {
        Form form = find(id);
        FormVersion published = form.published().orElseThrow(() -> new DomainRuleException("form.not-published"));
        return assignments
                .findByFormIdAndClientId(id, clientId)
                .orElseGet(() -> {
                    FormAssignment assignment = assignments.save(new FormAssignment(id, clientId, staffId, now()));
                    events.publish(
                            "form-assigned",
                            clientId,
                            new FormAssigned(
                                    id,
                                    published.number(),
                                    clientId,
                                    published.definition().titleFr()));
                    return assignment;
                })
                .view();
    }

    /** Published forms meant for the client (assigned or available to all) that they have not submitted. */
    @Transactional(readOnly = true)
    List<FormToFill> toFill(UUID clientId, Locale locale) {
        Map<UUID, Instant> assignedAt = assignments.findByClientId(clientId).stream()
                .collect(Collectors.toMap(FormAssignment::formId, FormAssignment::assignedAt));
        Map<UUID, FormSubmission> byForm = submissions.findByClientIdOrderByUpdatedAtDesc(clientId).stream()
                .collect(Collectors.toMap(
                        FormSubmission::formId,
                        Function.identity(),
                        (a, b) -> a.status() == FormSubmission.Status.SUBMITTED ? a : b));
        return forms.findPublishedFor(clientId).stream()
                .filter(form -> !submitted(byForm.get(form.id())))
                .map(form -> {
                    FormVersion published = form.published().orElseThrow();
                    FormSubmission draft = byForm.get(form.id());
                    return new FormToFill(
                            form.id(),
                            published.number(),
                            published.definition().title(locale),
                            assignedAt.get(form.id()),
                            draft == null ? null : draft.id());
                })
                .toList();
    }

    /** The published version the client may fill now; 404 when the form is not meant for them. */
    Form fillableBy(UUID formId, UUID clientId) {
        Form form = forms.findById(formId).orElseThrow(ResourceNotFoundException::new);
        if (form.published().isEmpty() || !meantFor(form, clientId)) {
            throw new ResourceNotFoundException();
        }
        return form;
    }

    Form find(UUID id) {
        return forms.findById(id).orElseThrow(ResourceNotFoundException::new);
    }

    private boolean meantFor(Form form, UUID clientId) {
        return form.availableToAll() || assignments.existsByFormIdAndClientId(form.id(), clientId);
    }

    private static boolean submitted(FormSubmission submission) {
        return submission != null && submission.status() == FormSubmission.Status.SUBMITTED;
    }

    private static long requiredRowVersion(Long rowVersion) {
        if (rowVersion == null) {
            throw new InvalidFormInput(List.of(new FieldProblem("rowVersion", "form.row-version.required")));
        }
        return rowVersion;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Event data: ids and the (non-personal) French title, never answers. */
    record FormAssigned(UUID formId, int formVersion, UUID clientId, String title) {}
}
