package ca.clientele.webportal.dashboard;

import ca.clientele.webportal.billingservice.CreditBalance;
import ca.clientele.webportal.billingservice.OrderClient;
import ca.clientele.webportal.billingservice.OrderSummary;
import ca.clientele.webportal.bookingservice.AppointmentView;
import ca.clientele.webportal.bookingservice.BookingClient;
import ca.clientele.webportal.documentservice.DocumentClient;
import ca.clientele.webportal.documentservice.DocumentView;
import ca.clientele.webportal.documentservice.FormClient;
import ca.clientele.webportal.documentservice.FormToFill;
import ca.clientele.webportal.registry.ClientArea;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.ticketservice.TicketClient;
import ca.clientele.webportal.ticketservice.TicketPage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tableau de bord: the greeting of the seed, then one card per thing waiting for the client (the next appointment,
 * messages waiting for their reply, orders to pay, recent orders, forms to fill, documents newly shared, the credit
 * balance), each from its own service, loaded concurrently with a timeout ({@link CardLoader}): a card whose service
 * is down or slow says "temporairement indisponible" and the page still renders. Every call names the signed-in
 * client (their record's id, or "me" through the token): the services refuse anything else.
 */
@Controller
@ClientArea
class DashboardController {

    static final int TICKETS_SHOWN = 3;
    static final int ORDERS_READ = 20;
    static final int ORDERS_SHOWN = 3;
    static final int DOCUMENTS_READ = 10;
    static final int DOCUMENTS_SHOWN = 3;
    /** A document shared by staff within this many days is "new". */
    static final Duration NEWLY_SHARED = Duration.ofDays(30);

    private static final Set<String> ACTIVE_APPOINTMENT = Set.of("UNPAID", "CONFIRMED");

    private final CardLoader cards;
    private final BookingClient bookings;
    private final TicketClient tickets;
    private final OrderClient orders;
    private final FormClient forms;
    private final DocumentClient documents;
    private final Clock clock;

    DashboardController(
            CardLoader cards,
            BookingClient bookings,
            TicketClient tickets,
            OrderClient orders,
            FormClient forms,
            DocumentClient documents,
            Optional<Clock> clock) {
        this.cards = cards;
        this.bookings = bookings;
        this.tickets = tickets;
        this.orders = orders;
        this.forms = forms;
        this.documents = documents;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/")
    String dashboard(@ModelAttribute(name = "client", binding = false) ClientRecord client, Model model) {
        UUID me = client.id();
        CompletableFuture<Card<AppointmentView>> next = cards.load("appointment", () -> nextAppointment(me));
        CompletableFuture<Card<TicketPage>> waiting = cards.load(
                "messages", () -> tickets.list(me, "WAITING_ON_CLIENT", null, "updated", "desc", 0, TICKETS_SHOWN));
        CompletableFuture<Card<Orders>> orderCards = cards.load(
                "orders", () -> Orders.of(orders.orders(0, ORDERS_READ).items()));
        CompletableFuture<Card<CreditBalance>> credit = cards.load("credit", () -> orders.credit(me));
        CompletableFuture<Card<List<FormToFill>>> toFill = cards.load("forms", () -> forms.toFill(me));
        CompletableFuture<Card<List<DocumentView>>> shared = cards.load("documents", () -> newlyShared(me));
        CompletableFuture.allOf(next, waiting, orderCards, credit, toFill, shared)
                .join();
        model.addAttribute("nextAppointment", next.join());
        model.addAttribute("waitingMessages", waiting.join());
        model.addAttribute("orders", orderCards.join());
        model.addAttribute("credit", credit.join());
        model.addAttribute("formsToFill", toFill.join());
        model.addAttribute("sharedDocuments", shared.join());
        return "dashboard";
    }

    /** The soonest appointment still to come (not cancelled), or null. */
    private AppointmentView nextAppointment(UUID me) {
        return bookings.list(me, "upcoming", 0, 10).content().stream()
                .filter(appointment -> ACTIVE_APPOINTMENT.contains(appointment.status()))
                .findFirst()
                .orElse(null);
    }

    /** What staff shared with the client lately, newest first. */
    private List<DocumentView> newlyShared(UUID me) {
        Instant since = clock.instant().minus(NEWLY_SHARED);
        return documents.list(me, 0, DOCUMENTS_READ).content().stream()
                .filter(DocumentView::uploadedByStaff)
                .filter(document ->
                        document.uploadedAt() != null && document.uploadedAt().isAfter(since))
                .limit(DOCUMENTS_SHOWN)
                .toList();
    }

    /** The orders card and the payment card, from one read of the newest orders. */
    record Orders(List<OrderSummary> toPay, List<OrderSummary> recent) {

        static Orders of(List<OrderSummary> newest) {
            List<OrderSummary> items = newest == null ? List.of() : newest;
            return new Orders(
                    items.stream()
                            .filter(OrderSummary::mayPay)
                            .limit(ORDERS_SHOWN)
                            .toList(),
                    items.stream().limit(ORDERS_SHOWN).toList());
        }
    }
}
