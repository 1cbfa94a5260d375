package ca.clientele.adminportal.timesheet;

import ca.clientele.platform.portal.ServiceConflictException;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.platform.portal.ServiceRejectedException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * {@link ServiceForms#submit} for the timesheet's forms, with one difference: a 409 of
 * booking-service is shown in booking-service's own words. Its 409s are not all "changed by someone
 * else": "Ce créneau vient d'être pris." (slot taken) must reach the staff member as it is, with the
 * free slots the problem offers ({@code freeSlots} in the model, see {@link FreeSlot}).
 */
final class BookingForms {

    private BookingForms() {}

    static <T> Optional<T> submit(BindingResult form, Supplier<T> call) {
        return ServiceForms.submit(form, () -> {
            try {
                return call.get();
            } catch (ServiceConflictException conflict) {
                if (!conflict.errors().isEmpty() || conflict.detail() == null) {
                    throw conflict;
                }
                throw new ServiceRejectedException("booking-service", 409, conflict.detail(), conflict.errors());
            }
        });
    }

    /** A booking or a move: as {@link #submit(BindingResult, Supplier)}, and a slot taken's free slots (branch's time). */
    static <T> Optional<T> submit(BindingResult form, Model model, ZoneId zone, Supplier<T> call) {
        return submit(form, () -> {
            try {
                return call.get();
            } catch (ServiceConflictException conflict) {
                List<FreeSlot> slots = FreeSlot.offeredIn(conflict, zone);
                if (!slots.isEmpty()) {
                    model.addAttribute("freeSlots", slots);
                }
                throw conflict;
            }
        });
    }
}
