package ca.clientele.adminportal.tickets;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The inbox, ticket page and call calls of the staff portal, checked against ticket-service's committed document. */
class TicketContractTest {

    @Test
    void ticketCallsMatchTheTicketDocument() {
        OpenApiContract.load("ticket").assertHttpInterface(TicketClient.class);
    }
}
