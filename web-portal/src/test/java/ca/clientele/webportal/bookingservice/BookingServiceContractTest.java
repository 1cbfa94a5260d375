package ca.clientele.webportal.bookingservice;

import ca.clientele.platform.testing.OpenApiContract;
import org.junit.jupiter.api.Test;

/** What Services & Disponibilités sends to and reads from the booking-service, checked against its committed OpenAPI document. */
class BookingServiceContractTest {

    private static final OpenApiContract BOOKING = OpenApiContract.load("booking");

    @Test
    void everyCatalogueCallMatchesTheBookingServicesDocument() {
        BOOKING.assertHttpInterface(CatalogueClient.class);
    }

    @Test
    void everyBookingCallMatchesTheBookingServicesDocument() {
        BOOKING.assertHttpInterface(BookingClient.class);
    }
}
