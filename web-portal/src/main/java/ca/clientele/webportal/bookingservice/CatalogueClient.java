package ca.clientele.webportal.bookingservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * What the booking-service offers, read as the signed-in client: the services (labelled in the
 * client's language; active ones only for a client), the branches and the free slots. For a client
 * the service applies the minimum notice and the maximum advance to the slots.
 */
@HttpExchange("/api")
public interface CatalogueClient {

    @GetExchange("/services")
    List<BookableService> services();

    @GetExchange("/services/{id}")
    BookableService service(@PathVariable UUID id);

    /** The open branches. */
    @GetExchange("/branches")
    List<Branch> branches();

    /**
     * Free slots from {@code from} to {@code to} (inclusive, the branch's days), day by day, each
     * day's starts per staff member. A home visit passes the visit's coordinates and/or postal code: only the
     * staff who cover it, with their travel, are offered.
     */
    @GetExchange("/slots")
    List<FreeStarts> slots(
            @RequestParam UUID serviceId,
            @RequestParam UUID branchId,
            @RequestParam LocalDate from,
            @RequestParam LocalDate to,
            @RequestParam int pets,
            @RequestParam(required = false) BigDecimal latitude,
            @RequestParam(required = false) BigDecimal longitude,
            @RequestParam(required = false) String postalCode);
}
