package ca.clientele.ticket.ticket;

import ca.clientele.platform.security.Caller;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The local stack's demo conversations (profile {@code demo} only, never in production): the demo client Francis
 * Marceau (client1@clientele.test, Keycloak id {@code c0000000-…-0001} in {@code deploy/keycloak/local}) finds "Mes
 * messages" with one ticket in each status of the seed, answered by the demo technician Cynthia Lemay. They go through
 * the same code as a portal's (sanitised, encrypted, indexed, their events published), under fixed ticket ids: a
 * ticket that exists is left as it is, so a restart adds nothing and keeps what staff or the client changed.
 */
@Component
@Profile("demo")
class DemoTickets implements ApplicationRunner {

    static final UUID FRANCIS = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID CYNTHIA = UUID.fromString("a0000000-0000-4000-8000-000000000002");
    static final UUID WAITING_ON_CLIENT = UUID.fromString("d1c00000-0000-4000-8000-000000000001");
    static final UUID WAITING_ON_STAFF = UUID.fromString("d1c00000-0000-4000-8000-000000000002");
    static final UUID CLOSED = UUID.fromString("d1c00000-0000-4000-8000-000000000003");
    private static final UUID GENERAL = UUID.fromString("6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0001");
    private static final UUID NAIL_TRIM = UUID.fromString("6f1c0f3e-8d3b-4b6e-9a57-0c6f2b1d0002");
    private static final UUID HOME_VISITS_WANTED = UUID.fromString("7a2d1e4f-9c4b-4c7f-8b68-1d7f3c2e0001");
    private static final UUID NAIL_TRIM_WANTED = UUID.fromString("7a2d1e4f-9c4b-4c7f-8b68-1d7f3c2e0002");
    private static final Locale FRENCH = Locale.CANADA_FRENCH;
    private static final Logger log = LoggerFactory.getLogger(DemoTickets.class);

    private final Tickets tickets;
    private final TicketRepository repository;

    DemoTickets(Tickets tickets, TicketRepository repository) {
        this.tickets = tickets;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            int added = addMissing();
            if (added > 0) {
                log.info("Added {} demo tickets", added);
            }
        } catch (RuntimeException e) {
            // Demo data must never stop the service (two instances starting together: the second loses the race).
            log.warn("Demo tickets not added: {}", e.getClass().getName());
        }
    }

    /** Opens the demo tickets that do not exist yet; answers how many it opened. */
    int addMissing() {
        int added = 0;
        Caller francis = new Caller(FRANCIS, Set.of("client"), null, "Francis", "Marceau", "fr");
        Caller cynthia = new Caller(CYNTHIA, Set.of(Caller.STAFF), null, "Cynthia", "Lemay", "fr");
        if (!repository.existsById(WAITING_ON_CLIENT)) {
            tickets.open(
                    opening(
                            WAITING_ON_CLIENT,
                            "Taille des griffes de Moka",
                            NAIL_TRIM,
                            NAIL_TRIM_WANTED,
                            "<p>Bonjour,</p><p>Les griffes de <b>Moka</b> sont longues et elle glisse sur le plancher."
                                    + " Avez-vous une disponibilité la semaine prochaine?</p>"),
                    francis,
                    FRENCH);
            tickets.post(
                    WAITING_ON_CLIENT,
                    reply("<p>Bonjour Francis,</p><p>Nous pouvons passer mardi à 16 h 30. Est-ce que cela vous"
                            + " convient?</p><p>Cynthia</p>"),
                    cynthia);
            added++;
        }
        if (!repository.existsById(WAITING_ON_STAFF)) {
            tickets.open(
                    opening(
                            WAITING_ON_STAFF,
                            "Visites à domicile pendant nos vacances",
                            GENERAL,
                            HOME_VISITS_WANTED,
                            "<p>Bonjour,</p><p>Nous partons du 20 au 27 décembre. Pourriez-vous passer nourrir"
                                    + " <b>Moka</b> et <b>Biscuit</b> deux fois par jour?</p>"),
                    francis,
                    FRENCH);
            added++;
        }
        if (!repository.existsById(CLOSED)) {
            tickets.open(
                    opening(
                            CLOSED,
                            "Reçu de la dernière visite",
                            GENERAL,
                            null,
                            "<p>Bonjour,</p><p>Pourriez-vous m'envoyer le reçu de la visite du mois dernier?</p>"),
                    francis,
                    FRENCH);
            tickets.post(
                    CLOSED,
                    reply("<p>Bonjour Francis,</p><p>Le reçu se trouve dans « Rendez-vous confirmés », bouton"
                            + " <i>Facture</i>.</p>"),
                    cynthia);
            long version = tickets.get(CLOSED, francis, FRENCH).version();
            tickets.close(CLOSED, version, francis, FRENCH);
            added++;
        }
        return added;
    }

    private static NewTicket opening(UUID id, String subject, UUID category, UUID wanted, String body) {
        return new NewTicket(
                id,
                FRANCIS,
                subject,
                category,
                wanted == null ? List.of() : List.of(wanted),
                List.of(),
                body,
                List.of(),
                List.of());
    }

    private static NewMessage reply(String body) {
        return new NewMessage(body, List.of(), List.of(), false);
    }
}
