package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.AppointmentView;
import ca.clientele.webportal.bookingservice.BookableService;
import ca.clientele.webportal.bookingservice.Branch;
import ca.clientele.webportal.bookingservice.NewBooking.Location;
import ca.clientele.webportal.registry.ClientRecord;
import java.util.List;
import java.util.UUID;

/** Where a visit happens and which branch's staff give it. */
final class Visits {

    private Visits() {}

    /**
     * A home visit goes to the client's billing address (the one the registry holds with its
     * coordinates); null when the client has not entered one yet.
     */
    static Location home(ClientRecord client) {
        ClientRecord.Address address = client.billingAddress();
        if (address == null || address.line1() == null) {
            return null;
        }
        String street = address.line2() == null ? address.line1() : address.line1() + ", " + address.line2();
        return new Location(street, address.city(), address.postalCode(), client.latitude(), client.longitude());
    }

    /** A move keeps the appointment's own address; an in-store appointment has none. */
    static Location of(AppointmentView appointment, ClientRecord client) {
        if (!appointment.home()) {
            return null;
        }
        return appointment.location() != null ? appointment.location() : home(client);
    }

    /** The open branches that give the service (all open ones when the service names none). */
    static List<Branch> branchesOf(BookableService service, List<Branch> branches) {
        return branches.stream()
                .filter(Branch::active)
                .filter(branch ->
                        service.branchIds().isEmpty() || service.branchIds().contains(branch.id()))
                .toList();
    }

    /** The client's preferred branch when it gives the service, else the first that does; null when none. */
    static UUID defaultBranch(List<Branch> branches, ClientRecord client) {
        return branches.stream()
                .map(Branch::id)
                .filter(id -> id.equals(client.preferredBranchId()))
                .findFirst()
                .orElse(branches.isEmpty() ? null : branches.getFirst().id());
    }
}
