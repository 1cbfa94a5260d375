package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.BookingClient;
import jakarta.validation.constraints.Size;

/** "Annuler": why, if the client wishes to say, and the version of the appointment they saw. */
record CancelForm(@Size(max = 500) String reason, long version) {

    BookingClient.Cancellation toRequest() {
        return new BookingClient.Cancellation(reason, version);
    }
}
