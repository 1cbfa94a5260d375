package ca.clientele.adminportal.branches;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The branches call of the staff portal, checked against booking-service's committed document. */
class BookingContractTest {

    @Test
    void bookingCallsMatchTheBookingDocument() {
        OpenApiContract.load("booking").assertHttpInterface(BookingClient.class);
    }
}
