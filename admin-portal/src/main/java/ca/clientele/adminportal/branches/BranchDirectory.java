package ca.clientele.adminportal.branches;

import ca.clientele.adminportal.web.Fallback;
import org.springframework.stereotype.Component;

/**
 * The branches (succursales) staff choose from, for every page that names one: a client's
 * preferred branch, a ticket's branch, the lists' branch filters. When booking-service cannot say,
 * the pages hide their branch filter and keep a stored branch as it is rather than fail.
 */
@Component
public class BranchDirectory {

    private final BookingClient booking;

    BranchDirectory(BookingClient booking) {
        this.booking = booking;
    }

    /** Closed branches included: old records may still name one, and staff must see its name. */
    public Branches branches() {
        return Fallback.optional("booking-service branches", () -> booking.branches(true))
                .map(Branches::of)
                .orElse(Branches.UNAVAILABLE);
    }
}
