package ca.clientele.webportal.ticketservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What this portal sends to and reads from the ticket-service, checked against its committed OpenAPI document. */
class TicketServiceContractTest {

    private static final OpenApiContract TICKETS = OpenApiContract.load("ticket");

    @Test
    void everyTicketCallMatchesTheTicketServicesDocument() {
        TICKETS.assertHttpInterface(TicketClient.class);
    }
}
