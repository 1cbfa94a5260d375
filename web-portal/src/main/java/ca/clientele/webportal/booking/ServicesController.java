package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.AppointmentPage;
import ca.clientele.webportal.bookingservice.BookableService;
import ca.clientele.webportal.bookingservice.BookingClient;
import ca.clientele.webportal.bookingservice.CatalogueClient;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Services & Disponibilités: "Réserver" (the services to choose from), "Rendez-vous à venir" (with
 * Annuler and Déplacer when the policy allows), the client's waiting list, and the seed's
 * "Réservations passées" table, ten a page ("Suivant"). Every list names the signed-in client's id.
 */
@Controller
@ClientArea
class ServicesController {

    static final int PAST_PAGE_SIZE = 10;
    static final int UPCOMING_SIZE = 20;
    /** The notices another page may ask for after a redirect; anything else is ignored. */
    static final List<String> NOTICES = List.of("cancelled", "waitlist-left");

    private final CatalogueClient catalogue;
    private final BookingClient bookings;

    ServicesController(CatalogueClient catalogue, BookingClient bookings) {
        this.catalogue = catalogue;
        this.bookings = bookings;
    }

    /** The whole page, or (htmx: a page of "Réservations passées") only that table. */
    @GetMapping("/services")
    String services(
            @ModelAttribute(name = "client", binding = false) ClientRecord client,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String notice,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean restore,
            Model model) {
        AppointmentPage past = bookings.list(client.id(), "past", pageNumber(page), PAST_PAGE_SIZE);
        model.addAttribute("past", past);
        if (htmx && !restore) {
            return "booking/services :: past";
        }
        List<BookableService> services = catalogue.services();
        model.addAttribute("services", services);
        model.addAttribute(
                "serviceNames",
                services.stream()
                        .collect(Collectors.toMap(
                                BookableService::id,
                                service -> service.name() == null ? "" : service.name(),
                                (first, second) -> first)));
        model.addAttribute("upcoming", bookings.list(client.id(), "upcoming", 0, UPCOMING_SIZE));
        model.addAttribute("waitlist", bookings.waitlist(client.id()));
        model.addAttribute("blocked", BookingForms.blocked(client));
        model.addAttribute("refusal", BookingForms.bookingRefusal(client));
        model.addAttribute("notice", notice != null && NOTICES.contains(notice) ? notice : null);
        return "booking/services";
    }

    /** A hand-edited "page=deux" is the first page, not an error. */
    private static int pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Integer.parseInt(page) : 0;
    }
}
