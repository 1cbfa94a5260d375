package ca.clientele.ticket.ticket;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Staff reclassify a ticket; an absent field is left as it is. */
record TicketChange(
        UUID categoryId,
        UUID branchId,
        LocalDate followUpOn,
        @NotNull Long version) {}
