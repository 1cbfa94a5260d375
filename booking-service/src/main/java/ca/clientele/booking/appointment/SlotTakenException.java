package ca.clientele.booking.appointment;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * The database refused the slot: someone else's appointment now blocks that time of that staff member (SQLState
 * 23P01, the exclusion constraint). 409 "Ce créneau vient d'être pris." with the free slots left that day, so the
 * screen offers them at once.
 */
class SlotTakenException extends ErrorResponseException {

    static final URI TYPE = URI.create("https://clientele.ca/problems/slot-taken");

    SlotTakenException(List<FreeSlot> freeSlots) {
        super(HttpStatus.CONFLICT);
        getBody().setType(TYPE);
        getBody().setProperty("freeSlots", List.copyOf(freeSlots));
    }
}
