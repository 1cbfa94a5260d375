package ca.clientele.webportal.booking;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.platform.portal.ServiceForms;
import ca.clientele.webportal.bookingservice.AppointmentView;
import ca.clientele.webportal.bookingservice.BookableService;
import ca.clientele.webportal.bookingservice.BookingClient;
import ca.clientele.webportal.bookingservice.Branch;
import ca.clientele.webportal.bookingservice.CatalogueClient;
import ca.clientele.webportal.bookingservice.NewBooking;
import ca.clientele.webportal.bookingservice.SeriesView;
import ca.clientele.webportal.bookingservice.SlotDay;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.Pet;
import ca.clientele.webportal.registry.RegistryClient;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Réserver": a service (chosen on /services) → the branch, or the client's address for a home visit
 * → the pets → a week of free slots from a day → the confirm page (summary, price, notes,
 * recurrence) → the appointment, "Non payé". A slot taken meanwhile: "Ce créneau vient d'être pris"
 * with the day's fresh slots. "M'aviser si un créneau plus tôt se libère" puts the client on the
 * service's waiting list. Every call names the signed-in client's own id.
 */
@Controller
@ClientArea
class BookController {

    private static final String HTMX = "HX-Request";

    private final CatalogueClient catalogue;
    private final BookingClient bookings;
    private final RegistryClient registry;
    private final FreeSlots slots;

    BookController(CatalogueClient catalogue, BookingClient bookings, RegistryClient registry, FreeSlots slots) {
        this.catalogue = catalogue;
        this.bookings = bookings;
        this.registry = registry;
        this.slots = slots;
    }

    /** The service's first step: its branch (or the home address), the pets, the day; no slots yet. */
    @GetMapping("/services/reserver")
    String start(
            @RequestParam UUID serviceId,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        Choices choices = choices(serviceId, client, model);
        List<UUID> onlyPet =
                choices.pets().size() == 1 ? List.of(choices.pets().getFirst().id()) : List.of();
        model.addAttribute(
                "search",
                new SlotSearch(serviceId, Visits.defaultBranch(choices.branches(), client), onlyPet, null, null));
        model.addAttribute("day", slots.today());
        return "booking/book";
    }

    /** "Voir les créneaux", "Semaine précédente/suivante": the week's free slots (htmx: only the search part). */
    @GetMapping("/services/reserver/creneaux")
    String search(
            @Valid @ModelAttribute("search") SlotSearch search,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore,
            HttpServletResponse response,
            Model model) {
        if (search.serviceId() == null) {
            return "redirect:/services";
        }
        Choices choices = choices(search.serviceId(), client, model);
        checkChoices(search.branchId(), search.petIds(), choices, result);
        LocalDate typed = null;
        try {
            typed = search.typedDay().orElse(null);
        } catch (DateTimeParseException unreadable) {
            result.rejectValue("day", "typeMismatch.java.time.LocalDate");
        }
        LocalDate first = slots.firstDay(typed, search.week());
        model.addAttribute("day", first);
        if (result.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else if (!choices.blocked() && choices.reachable()) {
            SlotSearch shown = search.on(first);
            ServiceForms.replace(model, "search", shown);
            FreeSlots.Week week = slots.week(
                    shown.serviceId(), shown.branchId(), shown.petIds().size(), first, choices.visit());
            model.addAttribute("week", week);
            model.addAttribute("waitlistForm", WaitlistForm.of(shown, slots.today(), week.last()));
        }
        return htmx && !restore ? "booking/book :: search" : "booking/book";
    }

    /**
     * A slot's link: the confirm page, once the slot is checked against the service's slots of that
     * day (another client may have taken it since the list was shown).
     */
    @GetMapping("/services/reserver/confirmer")
    String confirm(
            @ModelAttribute("bookingForm") BookingForm form,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            Model model) {
        if (form.serviceId() == null || form.branchId() == null || form.start() == null || form.staffId() == null) {
            return "redirect:/services";
        }
        Choices choices = choices(form.serviceId(), client, model);
        SlotDay day = slots.day(form.serviceId(), form.branchId(), form.petIds().size(), dayOf(form), choices.visit());
        Optional<SlotDay.Slot> chosen = day.slots().stream().filter(form::names).findFirst();
        if (chosen.isPresent()) {
            ServiceForms.replace(model, "bookingForm", form.on(chosen.get()));
        } else {
            model.addAttribute("slotTaken", true);
            model.addAttribute("freshSlots", day);
        }
        return confirmPage(form, choices, model);
    }

    /** "Confirmer la réservation": the appointment's page ("Non payé"), or a series' outcome. */
    @PostMapping("/services/reserver")
    String book(
            @Valid @ModelAttribute("bookingForm") BookingForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            HttpServletResponse response,
            Model model) {
        if (form.serviceId() == null || form.start() == null) {
            // Only a hand-made post lacks them: the confirm page always sends them.
            return "redirect:/services";
        }
        Choices choices = choices(form.serviceId(), client, model);
        List<String> petNames = checkChoices(form.branchId(), form.petIds(), choices, result);
        if (form.repeats() && (form.everyWeeks() == null || form.count() == null)) {
            result.rejectValue("count", "booking.repeat.incomplete");
        }
        NewBooking request = form.toRequest(client.id(), petNames, choices.visit());
        Optional<Object> booked = BookingForms.submitSlot(
                result,
                model,
                response,
                BookingForms.bookingRefusal(client),
                () -> form.repeats() ? bookings.bookSeries(request) : bookings.book(request));
        if (booked.isPresent() && booked.get() instanceof AppointmentView appointment) {
            return "redirect:/services/rendez-vous/" + appointment.id() + "?notice=booked";
        }
        if (booked.isPresent() && booked.get() instanceof SeriesView series) {
            response.setStatus(HttpServletResponse.SC_CREATED);
            model.addAttribute("series", series);
            return "booking/series";
        }
        if (Boolean.TRUE.equals(model.getAttribute("slotTaken"))) {
            model.addAttribute(
                    "freshSlots",
                    slots.day(form.serviceId(), form.branchId(), form.petIds().size(), dayOf(form), choices.visit()));
        }
        return confirmPage(form, choices, model);
    }

    /** "M'aviser si un créneau plus tôt se libère" (htmx: the form answers itself). */
    @PostMapping("/services/liste-attente")
    String joinWaitlist(
            @Valid @ModelAttribute("waitlistForm") WaitlistForm form,
            BindingResult result,
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            HttpServletResponse response,
            Model model) {
        if (form.earliest() != null && form.latest() != null && form.latest().isBefore(form.earliest())) {
            result.rejectValue("latest", "booking.waitlist.order");
        }
        BookingForms.submit(
                        result,
                        model,
                        response,
                        BookingForms.bookingRefusal(client),
                        () -> bookings.joinWaitlist(form.toRequest(client.id())))
                .ifPresent(entry -> {
                    response.setStatus(HttpServletResponse.SC_CREATED);
                    model.addAttribute("joined", entry);
                });
        if (!htmx && form.serviceId() != null) {
            model.addAttribute("service", catalogue.service(form.serviceId()));
        }
        return htmx ? "booking/waitlist :: waitlist" : "booking/waitlist";
    }

    /** "Retirer" an entry of the waiting list (someone else's: the service answers 404). */
    @PostMapping("/services/liste-attente/{id}/retirer")
    String leaveWaitlist(@PathVariable UUID id) {
        bookings.leaveWaitlist(id);
        return "redirect:/services?notice=waitlist-left#liste-attente";
    }

    private String confirmPage(BookingForm form, Choices choices, Model model) {
        model.addAttribute("day", dayOf(form));
        model.addAttribute(
                "branch",
                choices.branches().stream()
                        .filter(branch -> branch.id().equals(form.branchId()))
                        .findFirst()
                        .orElse(null));
        Map<UUID, Pet> pets = choices.pets().stream().collect(Collectors.toMap(Pet::id, Function.identity()));
        model.addAttribute(
                "chosenPets",
                form.petIds().stream().filter(pets::containsKey).map(pets::get).toList());
        model.addAttribute("price", choices.service().priceFor(form.petIds().size()));
        model.addAttribute("everyWeeksChoices", BookingForm.EVERY_WEEKS);
        model.addAttribute("countChoices", BookingForm.COUNTS);
        return "booking/confirm";
    }

    /** The service, where it can happen and the client's pets: what every step shows. */
    private Choices choices(UUID serviceId, ClientRecord client, Model model) {
        BookableService service = catalogue.service(serviceId);
        List<Branch> branches = Visits.branchesOf(service, catalogue.branches());
        List<Pet> pets = registry.pets(client.id()).stream()
                .filter(pet -> !pet.archived())
                .toList();
        Choices choices = new Choices(
                service, branches, pets, service.home() ? Visits.home(client) : null, BookingForms.blocked(client));
        model.addAttribute("service", service);
        model.addAttribute("branches", branches);
        model.addAttribute("pets", pets);
        model.addAttribute("visit", choices.visit());
        model.addAttribute("blocked", choices.blocked());
        model.addAttribute("refusal", BookingForms.bookingRefusal(client));
        model.addAttribute("reachable", choices.reachable());
        return choices;
    }

    /** The branch must give the service, the pets must be the client's own: their names, in order. */
    private static List<String> checkChoices(UUID branchId, List<UUID> petIds, Choices choices, BindingResult result) {
        if (branchId != null
                && choices.branches().stream().noneMatch(branch -> branch.id().equals(branchId))) {
            result.rejectValue("branchId", "booking.branch.unknown");
        }
        Map<UUID, String> names = choices.pets().stream().collect(Collectors.toMap(Pet::id, Pet::name));
        if (!names.keySet().containsAll(petIds)) {
            result.rejectValue("petIds", "booking.pets.unknown");
        }
        return petIds.stream().map(id -> names.getOrDefault(id, "")).toList();
    }

    private static LocalDate dayOf(BookingForm form) {
        return LocalDate.ofInstant(form.start(), DisplayFormat.ZONE);
    }

    /** {@code visit}: the client's address for a home visit, null in store (or none entered yet). */
    private record Choices(
            BookableService service,
            List<Branch> branches,
            List<Pet> pets,
            NewBooking.Location visit,
            boolean blocked) {

        /** A home visit needs the client's address first. */
        boolean reachable() {
            return !service.home() || visit != null;
        }
    }
}
