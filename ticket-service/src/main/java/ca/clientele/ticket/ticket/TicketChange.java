package ca.clientele.ticket.ticket;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Staff reclassify a ticket; an absent (or null) field is left as it is. {@code clear} names the optional fields to
 * empty ({@code branchId}, {@code followUpOn}): null cannot say it, since it means "unchanged". Naming a field in
 * {@code clear} and giving it a value is refused.
 */
record TicketChange(
        UUID categoryId,
        UUID branchId,
        LocalDate followUpOn,
        @Size(max = 2) List<@NotNull @Pattern(regexp = BRANCH + "|" + FOLLOW_UP) String> clear,
        @NotNull Long version) {

    static final String BRANCH = "branchId";
    static final String FOLLOW_UP = "followUpOn";

    TicketChange {
        clear = clear == null ? List.of() : List.copyOf(clear);
    }

    boolean clears(String field) {
        return clear.contains(field);
    }
}
