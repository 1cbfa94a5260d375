package ca.clientele.adminportal.tickets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The small forms of a ticket's page, each sent with the version the page showed (stale: 409). */
final class TicketForms {

    private TicketForms() {}

    /** "Assigné à": a staff member, or none (empty). */
    record Assign(UUID assigneeId, long version) {

        static Assign of(TicketView ticket) {
            return new Assign(ticket.summary().assigneeId(), ticket.version());
        }

        TicketClient.Assignment toAssignment() {
            return new TicketClient.Assignment(assigneeId, version);
        }
    }

    /**
     * Category, branch and follow-up date. ticket-service leaves a field it receives empty as it is,
     * and accepts only an active category: the category is sent only when staff chose another one
     * than the page showed ({@code shownCategoryId}), so a ticket of a retired category can still
     * get its follow-up date. The form shows the whole state, so a branch set to "Aucune" or an
     * emptied follow-up date is asked to be cleared ({@code clear}).
     */
    record Fields(UUID categoryId, UUID shownCategoryId, UUID branchId, LocalDate followUpOn, long version) {

        static Fields of(TicketView ticket) {
            return new Fields(
                    ticket.summary().categoryId(),
                    ticket.summary().categoryId(),
                    ticket.summary().branchId(),
                    ticket.summary().followUpOn(),
                    ticket.version());
        }

        TicketClient.TicketChange toChange() {
            UUID changedCategory = categoryId != null && !categoryId.equals(shownCategoryId) ? categoryId : null;
            List<String> clear = new ArrayList<>();
            if (branchId == null) {
                clear.add("branchId");
            }
            if (followUpOn == null) {
                clear.add("followUpOn");
            }
            return new TicketClient.TicketChange(changedCategory, branchId, followUpOn, List.copyOf(clear), version);
        }
    }

    /** Close or reopen. */
    record StatusChange(long version) {

        static StatusChange of(TicketView ticket) {
            return new StatusChange(ticket.version());
        }

        TicketClient.Version toVersion() {
            return new TicketClient.Version(version);
        }
    }
}
