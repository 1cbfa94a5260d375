package ca.clientele.document.form;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A form staff asked one client to fill. */
@Entity
@Table(name = "form_assignment")
class FormAssignment {

    @Id
    private UUID id;

    @Column(name = "form_id", nullable = false, updatable = false)
    private UUID formId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private UUID clientId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private UUID assignedBy;

    protected FormAssignment() {
        // for JPA
    }

    FormAssignment(UUID formId, UUID clientId, UUID assignedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.formId = formId;
        this.clientId = clientId;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    AssignmentView view() {
        return new AssignmentView(id, formId, clientId, assignedAt);
    }

    UUID formId() {
        return formId;
    }

    Instant assignedAt() {
        return assignedAt;
    }

    record AssignmentView(UUID id, UUID formId, UUID clientId, Instant assignedAt) {}
}
