package ca.clientele.ticket.ticket;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Who handles the ticket (null: nobody), against the version the staff member saw. */
record AssigneeChange(UUID assigneeId, @NotNull Long version) {}
