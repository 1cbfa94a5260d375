package ca.clientele.booking.slot;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Free slots for a service at a branch (or a home address served from it), day by day in the branch's time. */
@RestController
class SlotController {

    private final SlotFinder slots;

    SlotController(SlotFinder slots) {
        this.slots = slots;
    }

    /**
     * The dates from..to (inclusive, at most 31) each with its free slots, ordered by start. Home visits give the
     * visit's coordinates and/or postal code. Clients see the minimum notice and maximum advance applied, staff the
     * notice only. Every parameter is checked here, so a missing one is a 400 naming it like any field error.
     */
    @GetMapping("/api/slots")
    List<SlotDay> search(
            @RequestParam(required = false) UUID serviceId,
            @RequestParam(required = false) UUID branchId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "1") int pets,
            @RequestParam(required = false) UUID staffId,
            @RequestParam(required = false) BigDecimal latitude,
            @RequestParam(required = false) BigDecimal longitude,
            @RequestParam(required = false) String postalCode,
            @Parameter(hidden = true) Caller caller) {
        return slots.search(new SlotQuery(
                serviceId, branchId, from, to, pets, staffId, latitude, longitude, postalCode, caller.isStaff()));
    }
}
