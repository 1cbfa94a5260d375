package ca.clientele.adminportal.tickets;

import java.time.LocalDate;
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

    /** Category, branch and follow-up date. */
    record Fields(UUID categoryId, UUID branchId, LocalDate followUpOn, long version) {

        static Fields of(TicketView ticket) {
            return new Fields(
                    ticket.summary().categoryId(),
                    ticket.summary().branchId(),
                    ticket.summary().followUpOn(),
                    ticket.version());
        }

        TicketClient.TicketChange toChange() {
            return new TicketClient.TicketChange(categoryId, branchId, followUpOn, version);
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
