package ca.clientele.webportal.booking;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.webportal.bookingservice.AppointmentView;
import ca.clientele.webportal.bookingservice.BookingClient;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An appointment's page (/services/rendez-vous/{id}: when, where, who, the pets, the price, the
 * status, the report cards staff shared, with their photos), and its "Annuler" (reason, confirm)
 * and "Déplacer" (a week of free slots, one button each) pages. Another client's appointment is
 * the 404 page: the booking-service answers 404.
 */
@Controller
@ClientArea
class AppointmentController {

    /** The notices a redirect may ask for; anything else is ignored. */
    static final List<String> NOTICES = List.of("booked", "moved", "cancelled");

    private final BookingClient bookings;
    private final FreeSlots slots;

    AppointmentController(BookingClient bookings, FreeSlots slots) {
        this.bookings = bookings;
        this.slots = slots;
    }

    @GetMapping("/services/rendez-vous/{id}")
    String appointment(@PathVariable UUID id, @RequestParam(required = false) String notice, Model model) {
        model.addAttribute("appointment", bookings.get(id));
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return "booking/appointment";
    }

    @GetMapping("/services/rendez-vous/{id}/annuler")
    String cancelPage(@PathVariable UUID id, Model model) {
        AppointmentView appointment = bookings.get(id);
        model.addAttribute("appointment", appointment);
        model.addAttribute("cancelForm", new CancelForm(null, appointment.version()));
        return "booking/cancel";
    }

    /** Cancelled: the appointment's page says so; refused: the page again, the reason kept, saying why. */
    @PostMapping("/services/rendez-vous/{id}/annuler")
    String cancel(
            @PathVariable UUID id,
            @Valid @ModelAttribute("cancelForm") CancelForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            HttpServletResponse response,
            Model model) {
        if (BookingForms.submit(
                        result,
                        model,
                        response,
                        BookingForms.changeRefusal(client),
                        () -> bookings.cancel(id, form.toRequest()))
                .isPresent()) {
            return "redirect:/services/rendez-vous/" + id + "?notice=cancelled";
        }
        // As it is now: a second try sends the current version.
        model.addAttribute("appointment", bookings.get(id));
        return "booking/cancel";
    }

    /** The week of free slots from {@code day} (the appointment's own day at first). */
    @GetMapping("/services/rendez-vous/{id}/deplacer")
    String movePage(
            @PathVariable UUID id,
            @RequestParam(required = false) String day,
            @RequestParam(required = false) String week,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        AppointmentView appointment = bookings.get(id);
        LocalDate first = slots.firstDay(typedDay(day).orElse(dayOf(appointment)), week);
        return movePage(appointment, first, client, model);
    }

    /** Moved: the appointment's page says so; the slot taken meanwhile: that day's fresh slots. */
    @PostMapping("/services/rendez-vous/{id}/deplacer")
    String move(
            @PathVariable UUID id,
            @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            HttpServletResponse response,
            Model model) {
        if (BookingForms.submitSlot(
                        result,
                        model,
                        response,
                        BookingForms.changeRefusal(client),
                        () -> bookings.move(id, form.toRequest()))
                .isPresent()) {
            return "redirect:/services/rendez-vous/" + id + "?notice=moved";
        }
        AppointmentView appointment = bookings.get(id);
        LocalDate asked =
                form.start() == null ? dayOf(appointment) : LocalDate.ofInstant(form.start(), DisplayFormat.ZONE);
        return movePage(appointment, slots.firstDay(asked, null), client, model);
    }

    private String movePage(AppointmentView appointment, LocalDate first, ClientRecord client, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute("day", first);
        if (appointment.canMove()) {
            model.addAttribute(
                    "week",
                    slots.week(
                            appointment.serviceId(),
                            appointment.branchId(),
                            appointment.petIds().size(),
                            first,
                            Visits.of(appointment, client)));
        }
        return "booking/move";
    }

    /** The day typed ("2026-12-03"); a blank or unreadable one is no day (the appointment's own, then). */
    private static Optional<LocalDate> typedDay(String day) {
        try {
            return FreeSlots.typed(day);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static LocalDate dayOf(AppointmentView appointment) {
        return LocalDate.ofInstant(appointment.start(), DisplayFormat.ZONE);
    }
}
