package ca.clientele.webportal.booking;

import ca.clientele.platform.portal.ServiceConflictException;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.registry.ClientRecord;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * {@link ServiceForms#submit} for the booking forms, with the two answers of the booking-service
 * that a form says in its own words: 409 on a booking or a move, the slot was just taken (the page
 * then offers that day's fresh slots: {@code slotTaken}); 403, a suspended or banned client, or a
 * change too close to the start ({@code refusal}, a message key) — rather than the refusal page.
 */
final class BookingForms {

    private BookingForms() {}

    /** A booking or a move: a 409 means someone else took the slot (or it no longer fits). */
    static <T> Optional<T> submitSlot(
            BindingResult form, Model model, HttpServletResponse response, String refusal, Supplier<T> call) {
        try {
            return submit(form, model, response, refusal, () -> {
                try {
                    return call.get();
                } catch (ServiceConflictException taken) {
                    throw new SlotTaken();
                }
            });
        } catch (SlotTaken taken) {
            model.addAttribute("slotTaken", true);
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return Optional.empty();
        }
    }

    /** Any other form: a 409 is the kit's conflict notice (the appointment changed meanwhile). */
    static <T> Optional<T> submit(
            BindingResult form, Model model, HttpServletResponse response, String refusal, Supplier<T> call) {
        try {
            return ServiceForms.submit(form, call);
        } catch (AccessDeniedException refused) {
            model.addAttribute("refused", true);
            model.addAttribute("refusal", refusal);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return Optional.empty();
        }
    }

    /** Why this client may not book: {@code booking.refused.SUSPENDED}, {@code .BANNED}, or the general one. */
    static String bookingRefusal(ClientRecord client) {
        return blocked(client) ? "booking.refused." + client.status() : "booking.refused";
    }

    /** Why a cancel or a move was refused: the account's status, else too close to the start. */
    static String changeRefusal(ClientRecord client) {
        return blocked(client) ? "booking.refused." + client.status() : "booking.too-late";
    }

    /** Suspended and banned clients see their appointments but cannot book. */
    static boolean blocked(ClientRecord client) {
        return "SUSPENDED".equals(client.status()) || "BANNED".equals(client.status());
    }

    /** Carries a 409 past {@link ServiceForms}, which would show it as an edit conflict. */
    private static final class SlotTaken extends RuntimeException {

        SlotTaken() {
            super("slot taken", null, false, false);
        }
    }
}
