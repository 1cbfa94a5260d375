package ca.clientele.adminportal.bookingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The timesheet's and catalogue's calls, checked against booking-service's committed document. */
class BookingServiceContractTest {

    private static final OpenApiContract BOOKING = OpenApiContract.load("booking");

    @Test
    void catalogueCallsMatchTheBookingDocument() {
        BOOKING.assertHttpInterface(CatalogClient.class);
    }

    @Test
    void appointmentCallsMatchTheBookingDocument() {
        BOOKING.assertHttpInterface(AppointmentClient.class);
    }
}
