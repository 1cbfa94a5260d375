package ca.clientele.adminportal.branches;

import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/** The booking-service call of the client pages: the branches a preferred branch is chosen from. */
@HttpExchange("/api/branches")
interface BookingClient {

    /** Closed branches too: a client may still prefer one, and staff must see its name. */
    @GetExchange
    List<Branch> branches(@RequestParam boolean includeInactive);
}
