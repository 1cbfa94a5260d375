package ca.clientele.adminportal.timesheet;

import ca.clientele.adminportal.bookingservice.Appointment;
import ca.clientele.adminportal.bookingservice.AppointmentClient;
import ca.clientele.adminportal.bookingservice.BranchDetails;
import ca.clientele.adminportal.bookingservice.CatalogClient;
import ca.clientele.adminportal.bookingservice.OfferedService;
import ca.clientele.adminportal.clients.ClientDirectory;
import ca.clientele.adminportal.clients.ClientDirectory.PetChoice;
import ca.clientele.adminportal.web.Fallback;
import ca.clientele.adminportal.web.SeeOther;
import ca.clientele.platform.portal.ServiceForms;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * One appointment from the timesheet: its facts, "Déplacer" (day, time, staff: the keyboard's way
 * to drag it), "Service et animaux" (another service or other pets of the client), "Annuler", "Terminé" with a report card per pet, "Absent". Each form answers with
 * a 303 to the page with what happened ({@code done}), or the page again with the refusal in the
 * form (booking-service's words: "Ce créneau vient d'être pris.", too late, stale version).
 * A drop on the grid posts the same move with {@code grid=true} and gets the grid back.
 */
@Controller
class AppointmentController {

    private final AppointmentClient appointments;
    private final Timesheet timesheet;
    private final CatalogClient catalog;
    private final ClientDirectory directory;
    private final MessageSource messages;

    AppointmentController(
            AppointmentClient appointments,
            Timesheet timesheet,
            CatalogClient catalog,
            ClientDirectory directory,
            MessageSource messages) {
        this.appointments = appointments;
        this.timesheet = timesheet;
        this.catalog = catalog;
        this.directory = directory;
        this.messages = messages;
    }

    /** {@code done}: what the last action did ({@code moved}, {@code cancelled}, {@code completed}, {@code no-show}). */
    /**
     * {@code date}, {@code time} and {@code staff}: a free slot chosen after a refused move, filled in
     * the "Déplacer" form (not moved yet: the staff member confirms).
     */
    @GetMapping("/timesheet/appointments/{id}")
    String appointment(
            @PathVariable UUID id,
            @RequestParam(required = false) String done,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(required = false) UUID staff,
            Model model) {
        model.addAttribute("done", done);
        if (date != null && time != null) {
            model.addAttribute("slotChosen", new FreeSlot(date, time, staff, null));
        }
        return page(id, model);
    }

    @PostMapping("/timesheet/appointments/{id}/move")
    ModelAndView move(
            @PathVariable UUID id,
            @Valid @ModelAttribute MoveForm moveForm,
            BindingResult binding,
            @RequestParam(defaultValue = "false") boolean grid,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) UUID branch,
            @RequestParam(required = false) UUID staff,
            Model model) {
        Appointment shown = appointments.appointment(id);
        BranchDetails where = timesheet.branch(shown.branchId());
        Optional<Appointment> moved = BookingForms.submit(
                binding, model, where.zone(), () -> appointments.move(id, moveForm.toMove(where.zone())));
        if (grid) {
            // The drop's answer: the grid as it is now, and what happened in its live region.
            timesheet.fill(model, new TimesheetQuery(view, day, branch, staff));
            if (moved.isPresent()) {
                model.addAttribute("notice", text("timesheet.moved", shown.clientName()));
            } else {
                model.addAttribute("refusal", refusal(binding));
                model.addAttribute("refused", shown);
            }
            return new ModelAndView("timesheet/timesheet :: grid", model.asMap());
        }
        if (moved.isPresent()) {
            return done(id, "moved");
        }
        return again(id, model);
    }

    /** "Service et animaux": booking-service checks the slot again and says why it refuses. */
    @PostMapping("/timesheet/appointments/{id}/change")
    ModelAndView change(
            @PathVariable UUID id, @Valid @ModelAttribute ChangeForm changeForm, BindingResult binding, Model model) {
        Appointment shown = appointments.appointment(id);
        Map<UUID, String> names =
                petChoices(shown).stream().collect(Collectors.toMap(PetChoice::id, PetChoice::name, (a, b) -> a));
        return BookingForms.submit(binding, () -> appointments.change(id, changeForm.toChange(names)))
                .map(changed -> done(id, "changed"))
                .orElseGet(() -> again(id, model));
    }

    @PostMapping("/timesheet/appointments/{id}/cancel")
    ModelAndView cancel(
            @PathVariable UUID id, @Valid @ModelAttribute CancelForm cancelForm, BindingResult binding, Model model) {
        return BookingForms.submit(binding, () -> appointments.cancel(id, cancelForm.toCancel()))
                .map(cancelled -> done(id, "cancelled"))
                .orElseGet(() -> again(id, model));
    }

    @PostMapping("/timesheet/appointments/{id}/no-show")
    ModelAndView noShow(
            @PathVariable UUID id,
            @ModelAttribute("noShowForm") AppointmentClient.Version noShowForm,
            BindingResult binding,
            Model model) {
        return BookingForms.submit(binding, () -> appointments.noShow(id, noShowForm))
                .map(absent -> done(id, "no-show"))
                .orElseGet(() -> again(id, model));
    }

    /**
     * "Terminé": marks the appointment done (unless it already is: then the cards are only saved),
     * then saves each pet's card that has something in it.
     */
    @PostMapping("/timesheet/appointments/{id}/complete")
    ModelAndView complete(
            @PathVariable UUID id,
            @Valid @ModelAttribute CompletionForm completionForm,
            BindingResult binding,
            Model model) {
        Appointment shown = appointments.appointment(id);
        Optional<Appointment> completed = BookingForms.submit(binding, () -> {
            Appointment done = shown.isCompleted()
                    ? shown
                    : appointments.complete(id, new AppointmentClient.Version(completionForm.version()));
            for (CompletionForm.Card card : completionForm.cards()) {
                if (!card.isEmpty() && done.petIds().contains(card.petId())) {
                    appointments.fillReportCard(id, card.petId(), card.toBody());
                }
            }
            return done;
        });
        return completed.map(done -> done(id, "completed")).orElseGet(() -> again(id, model));
    }

    private static ModelAndView done(UUID id, String what) {
        return SeeOther.to("/timesheet/appointments/" + id + "?done=" + what);
    }

    private ModelAndView again(UUID id, Model model) {
        return new ModelAndView(page(id, model), model.asMap());
    }

    /** The page: each form as stored, unless it is the one just refused (kept as typed, with why). */
    private String page(UUID id, Model model) {
        Appointment appointment = appointments.appointment(id);
        BranchDetails branch = timesheet.branch(appointment.branchId());
        model.addAttribute("appointment", appointment);
        model.addAttribute("branch", branch);
        model.addAttribute("staff", timesheet.staffOf(branch));
        model.addAttribute("nails", CompletionForm.NAILS);
        model.addAttribute(
                "query",
                new TimesheetQuery(
                        TimesheetQuery.DAY,
                        appointment.start().atZone(branch.zone()).toLocalDate(),
                        branch.id(),
                        null));
        FreeSlot chosen = (FreeSlot) model.getAttribute("slotChosen");
        addIfAbsent(
                model,
                "moveForm",
                chosen == null
                        ? MoveForm.of(appointment, branch.zone())
                        : new MoveForm(chosen.date(), chosen.time(), chosen.staffId(), appointment.version()));
        if (appointment.isOpen()) {
            addIfAbsent(model, "changeForm", ChangeForm.of(appointment));
            model.addAttribute("changeServices", servicesLike(appointment, branch));
            model.addAttribute("changePets", petChoices(appointment));
        }
        addIfAbsent(model, "cancelForm", new CancelForm(null, appointment.version()));
        addIfAbsent(model, "noShowForm", new AppointmentClient.Version(appointment.version()));
        addIfAbsent(model, "completionForm", CompletionForm.of(appointment));
        return "timesheet/appointment";
    }

    /**
     * The services the appointment may become: active, offered at its branch, at the same place
     * (booking-service refuses another place), its own first even if it was retired since.
     */
    private List<ChangeForm.ServiceChoice> servicesLike(Appointment appointment, BranchDetails branch) {
        List<OfferedService> all =
                Fallback.optional("services", () -> catalog.services(false)).orElse(List.of());
        List<ChangeForm.ServiceChoice> choices = new ArrayList<>();
        choices.add(new ChangeForm.ServiceChoice(appointment.serviceId(), appointment.serviceName()));
        all.stream()
                .filter(service -> service.offeredBy(branch.id(), null)
                        && appointment.place().equals(service.place())
                        && !service.id().equals(appointment.serviceId()))
                .forEach(service -> choices.add(new ChangeForm.ServiceChoice(service.id(), service.name())));
        return choices;
    }

    /** The client's pets, and the appointment's own (archived since, or the registry down). */
    private List<PetChoice> petChoices(Appointment appointment) {
        List<PetChoice> choices =
                new ArrayList<>(Fallback.optional("pets", () -> directory.pets(appointment.clientId()))
                        .orElse(List.of()));
        for (UUID petId : appointment.petIds()) {
            if (choices.stream().noneMatch(choice -> choice.id().equals(petId))) {
                choices.add(new PetChoice(petId, appointment.petName(petId), null));
            }
        }
        return choices;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** What the refused move says, for the grid's live region (a drop has no form to show it in). */
    private String refusal(BindingResult binding) {
        ObjectError error =
                binding.getAllErrors().isEmpty() ? null : binding.getAllErrors().getFirst();
        if (error != null && ServiceForms.REJECTED.equals(error.getCode())) {
            return error.getDefaultMessage();
        }
        if (error != null && ServiceForms.UNAVAILABLE.equals(error.getCode())) {
            return text(ServiceForms.UNAVAILABLE);
        }
        return text("timesheet.move.refused");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
