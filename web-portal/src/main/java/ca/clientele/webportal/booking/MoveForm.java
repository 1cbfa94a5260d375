package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.BookingClient;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;

/** "Déplacer": the new slot (one button per free slot) and the version of the appointment the client saw. */
record MoveForm(@NotNull Instant start, @NotNull UUID staffId, long version) {

    BookingClient.Move toRequest() {
        return new BookingClient.Move(start, staffId, version);
    }
}
