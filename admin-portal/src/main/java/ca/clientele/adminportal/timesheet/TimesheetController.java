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
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Feuille de temps": the day (a column per staff member) or the week (a column per day of one
 * staff member) of a branch as a calendar grid, and "Nouveau rendez-vous" from a clicked cell (or
 * the button, for the keyboard): a client found in the registry, their pets, a service. The grid's
 * GET form works without JavaScript; with htmx only the grid is swapped.
 */
@Controller
class TimesheetController {

    private static final String HTMX = "HX-Request";

    private final Timesheet timesheet;
    private final CatalogClient catalog;
    private final AppointmentClient appointments;
    private final ClientDirectory directory;

    TimesheetController(
            Timesheet timesheet, CatalogClient catalog, AppointmentClient appointments, ClientDirectory directory) {
        this.timesheet = timesheet;
        this.catalog = catalog;
        this.appointments = appointments;
        this.directory = directory;
    }

    /** {@code created}: the number of the appointment just booked (the create form lands here). */
    @GetMapping("/timesheet")
    String timesheet(
            @RequestParam(required = false) String view,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) UUID branch,
            @RequestParam(required = false) UUID staff,
            @RequestParam(required = false) String created,
            @RequestHeader(name = HTMX, defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model,
            HttpServletResponse response) {
        timesheet.fill(model, new TimesheetQuery(view, day, branch, staff));
        model.addAttribute("created", created);
        response.addHeader(HttpHeaders.VARY, HTMX);
        return htmx && !historyRestore ? "timesheet/timesheet :: grid" : "timesheet/timesheet";
    }

    /**
     * The create page, where the clicked cell was ({@code staff}, {@code day}, {@code time}); {@code
     * q} searches the registry for the client, {@code client} is the one chosen (then their pets).
     */
    @GetMapping("/timesheet/new")
    String create(
            @RequestParam UUID branch,
            @RequestParam(required = false) UUID staff,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(required = false) UUID client,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) UUID service,
            @RequestParam(required = false) List<UUID> pets,
            Model model) {
        model.addAttribute(
                "appointmentForm",
                AppointmentForm.at(client, branch, staff, day, time).choosing(service, pets));
        model.addAttribute("q", q);
        fillCreate(model, branch, client, q, view);
        return "timesheet/new";
    }

    /** The live client search of the create page (htmx): the matching clients, as links that choose one. */
    @GetMapping("/timesheet/new/clients")
    String clients(
            @RequestParam UUID branch,
            @RequestParam(required = false) UUID staff,
            @RequestParam(required = false) LocalDate day,
            @RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String view,
            Model model) {
        model.addAttribute("appointmentForm", AppointmentForm.at(null, branch, staff, day, time));
        model.addAttribute("view", new TimesheetQuery(view, day, branch, staff).view());
        search(model, q);
        return "timesheet/new :: client-results";
    }

    /**
     * {@code branchId} and {@code clientId} are read from the request too: a time that could not be
     * read leaves the form record unbuilt (its typed text stays for the page), and the page still
     * needs the branch and the client to show the choices again.
     */
    @PostMapping("/timesheet/appointments")
    ModelAndView book(
            @Valid @ModelAttribute AppointmentForm appointmentForm,
            BindingResult binding,
            @RequestParam UUID branchId,
            @RequestParam(required = false) UUID clientId,
            @RequestParam(required = false) String view,
            Model model) {
        BranchDetails branch = catalog.branch(branchId);
        appointmentForm.checkRecurrence(binding);
        if (appointmentForm.repeats()) {
            Optional<AppointmentClient.SeriesView> series = BookingForms.submit(
                    binding, model, branch.zone(), () -> appointments.bookSeries(booking(appointmentForm, branch)));
            if (series.isPresent()) {
                // Each occurrence booked, and those that could not be with why: never skipped silently.
                model.addAttribute("series", series.get());
                model.addAttribute("query", new TimesheetQuery(view, appointmentForm.date(), branch.id(), null));
                return new ModelAndView("timesheet/series", model.asMap());
            }
            fillCreate(model, branch.id(), clientId, null, view);
            return new ModelAndView("timesheet/new", model.asMap());
        }
        Optional<Appointment> booked = BookingForms.submit(
                binding, model, branch.zone(), () -> appointments.book(booking(appointmentForm, branch)));
        if (booked.isPresent()) {
            TimesheetQuery query = new TimesheetQuery(view, appointmentForm.date(), branch.id(), null);
            return SeeOther.to("/timesheet?" + query.queryString() + "&created="
                    + booked.get().number());
        }
        fillCreate(model, branch.id(), clientId, null, view);
        return new ModelAndView("timesheet/new", model.asMap());
    }

    /** The booking the form asks for, with the client's name and their pets' names to show. */
    private AppointmentClient.NewBooking booking(AppointmentForm appointmentForm, BranchDetails branch) {
        String clientName = directory.client(appointmentForm.clientId()).displayName();
        Map<UUID, String> names = directory.pets(appointmentForm.clientId()).stream()
                .collect(Collectors.toMap(PetChoice::id, PetChoice::name, (a, b) -> a));
        List<String> petNames = appointmentForm.petIds().stream()
                .map(id -> names.getOrDefault(id, ""))
                .toList();
        return appointmentForm.toBooking(branch.zone(), clientName, petNames, location(appointmentForm));
    }

    /**
     * A home service's visit goes to the client's billing address (booking-service refuses a home
     * visit without one, and says so on the page); an in-store one has none.
     */
    private AppointmentClient.Location location(AppointmentForm form) {
        if (!"HOME".equals(catalog.service(form.serviceId()).place())) {
            return null;
        }
        return directory
                .visitAddress(form.clientId())
                .map(address -> new AppointmentClient.Location(
                        address.street(),
                        address.city(),
                        address.postalCode(),
                        address.latitude(),
                        address.longitude()))
                .orElse(null);
    }

    /** The create page's choices: the branch, its staff, its services, the chosen client and their pets. */
    private void fillCreate(Model model, UUID branchId, UUID clientId, String q, String view) {
        BranchDetails branch = catalog.branch(branchId);
        model.addAttribute("branch", branch);
        model.addAttribute("view", new TimesheetQuery(view, null, branchId, null).view());
        model.addAttribute("staff", timesheet.staffOf(branch));
        List<OfferedService> services = catalog.services(false).stream()
                .filter(service -> service.offeredBy(branchId, null))
                .toList();
        model.addAttribute("services", services);
        if (clientId != null) {
            model.addAttribute("client", directory.client(clientId));
            Fallback.intoModel(model, "pets", () -> directory.pets(clientId));
        } else if (q != null && !q.isBlank()) {
            search(model, q);
        }
    }

    private void search(Model model, String q) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            Fallback.intoModel(model, "clients", () -> directory.find(q));
        }
    }
}
