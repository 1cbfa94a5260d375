package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.CLIENT_TOKEN;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.FRANCIS_ID;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.clientele.webportal.RegistryStub.Received;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Tableau de bord against stubbed services: every card with what its service says (the next appointment with
 * Déplacer/Annuler, the messages waiting for the client, the orders to pay with "Payer", recent orders, forms to fill,
 * documents newly shared, the credit balance) in French and English; a failing service's cards say "temporairement
 * indisponible" while the others and the page stay; every call names the signed-in client only; the header's menus.
 * {@link DashboardDegradedIT} stops one service and slows another.
 */
class DashboardIT extends PortalIntegration {

    static final String BOOKINGS = "/api/bookings";
    static final String TICKETS = "/api/tickets";
    static final String ORDERS = "/api/orders";
    static final String CREDIT = "/api/payments/credit/" + FRANCIS_ID;
    static final String TO_FILL = "/api/forms/to-fill";
    static final String DOCUMENTS = "/api/documents";

    static final Instant THREE_DAYS_AGO =
            Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    static final Instant TWO_MONTHS_AGO =
            Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);

    static final String WAITING_TICKET = "6a1d3c0f-2e4b-4f8c-8d2a-3b4c5d6e7f80";
    static final String WAITING = """
            {"content":[
              {"id":"%s","number":35238,"status":"WAITING_ON_CLIENT","statusLabel":"En attente de la réponse du client",
               "subject":"Griffes de Biscuit","categoryId":"1c7f3a8b-9d2e-4f4a-8b6c-7d8e9f0a1b2c",
               "categoryLabel":"Taille des griffes","type":"MESSAGE","channel":"PORTAL","clientId":"%s",
               "createdAt":"2026-04-16T16:16:48Z","updatedAt":"%s","visibleToClient":true}],
             "page":{"number":0,"size":3,"totalElements":2,"totalPages":1},
             "counts":{"WAITING_ON_CLIENT":2}}
            """.formatted(WAITING_TICKET, FRANCIS_ID, THREE_DAYS_AGO);

    static final String SHARED_DOCUMENT = "11111111-2222-4333-8444-555555555555";
    static final String SHARED = """
            {"content":[
              {"id":"%s","clientId":"%s","purpose":"SHARED_FILE","purposeLabel":"Document partagé",
               "name":"Soins des griffes.pdf","contentType":"application/pdf","size":1572864,"uploadedByStaff":true,
               "uploadedAt":"%s","image":false,"version":0},
              {"id":"22222222-3333-4444-8555-666666666666","clientId":"%s","purpose":"VACCINATION_PROOF",
               "purposeLabel":"Preuve de vaccination","name":"Vaccins Biscuit.jpg","contentType":"image/jpeg","size":800,
               "uploadedByStaff":false,"uploadedAt":"%s","image":true,"version":0},
              {"id":"33333333-4444-4555-8666-777777777777","clientId":"%s","purpose":"SHARED_FILE",
               "purposeLabel":"Document partagé","name":"Ancienne facture.pdf","contentType":"application/pdf","size":900,
               "uploadedByStaff":true,"uploadedAt":"%s","image":false,"version":0}],
             "page":{"number":0,"size":10,"totalElements":3,"totalPages":1}}
            """.formatted(
            SHARED_DOCUMENT, FRANCIS_ID, THREE_DAYS_AGO, FRANCIS_ID, THREE_DAYS_AGO, FRANCIS_ID, TWO_MONTHS_AGO);

    /** Every service answers: an appointment, a message waiting, an unpaid order, a form, a new document, a credit. */
    static void everyServiceAnswers() {
        RegistryStub backend = RegistryStub.INSTANCE;
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);
        backend.reply("GET", BOOKINGS, 200, BookingFixtures.appointmentPage(0, 1, 1, BookingFixtures.upcoming()));
        backend.reply("GET", TICKETS, 200, WAITING);
        backend.reply(
                "GET",
                ORDERS,
                200,
                OrdersIT.page(
                        0,
                        1,
                        OrdersIT.summary(
                                OrdersIT.PENDING,
                                1514,
                                "PENDING_PAYMENT",
                                "Attente de paiement",
                                "40.24",
                                "40.24",
                                1,
                                true,
                                true),
                        OrdersIT.summary(
                                OrdersIT.REFUNDED, 1304, "REFUNDED", "Remboursée", "40.24", "0.00", 0, false, false)));
        backend.reply("GET", CREDIT, 200, OrdersIT.credit("25.00"));
        backend.reply("GET", TO_FILL, 200, DocumentsIT.WAITING);
        backend.reply("GET", DOCUMENTS, 200, SHARED);
    }

    @BeforeEach
    void services() {
        everyServiceAnswers();
    }

    @Test
    void everyCardShowsWhatItsServiceSaysInFrench() throws Exception {
        Document page = page(get("/"), HttpStatus.OK);

        assertThat(page.select("[data-testid=card-unavailable]")).isEmpty();

        Element appointment = testId(page, "card-appointment");
        assertThat(appointment.selectFirst("h2").text()).isEqualTo("Prochain rendez-vous");
        assertThat(testId(appointment, "appointment-what").text())
                .isEqualTo("Taille des griffes — Biscuit, Cynthia Lemay");
        assertThat(testId(appointment, "appointment-status").text()).isEqualTo("Non payé");
        assertThat(testId(appointment, "appointment-move").text()).isEqualTo("Déplacer");
        assertThat(testId(appointment, "appointment-move").attr("href"))
                .isEqualTo("/services/rendez-vous/" + BookingFixtures.APPOINTMENT + "/deplacer");
        assertThat(testId(appointment, "appointment-cancel").text()).isEqualTo("Annuler");
        assertThat(testId(appointment, "appointment-cancel").attr("href"))
                .isEqualTo("/services/rendez-vous/" + BookingFixtures.APPOINTMENT + "/annuler");

        Element messages = testId(page, "card-messages");
        assertThat(messages.selectFirst("h2").text()).isEqualTo("Messages en attente de votre réponse");
        assertThat(testId(messages, "messages-count").text()).isEqualTo("2 messages attendent votre réponse.");
        assertThat(testId(messages, "waiting-message").text()).isEqualTo("#35238 — Griffes de Biscuit Il y a 3 jours");
        assertThat(testId(messages, "waiting-message").selectFirst("a").attr("href"))
                .isEqualTo("/messages/" + WAITING_TICKET);

        Element toPay = testId(page, "card-to-pay");
        assertThat(toPay.select("[data-testid=order-to-pay]")).hasSize(1);
        assertThat(testId(toPay, "order-due").text()).isEqualTo("40,24 $ à payer");
        assertThat(testId(toPay, "order-pay").text()).isEqualTo("Payer");
        assertThat(testId(toPay, "order-pay").attr("href")).isEqualTo("/orders/" + OrdersIT.PENDING + "/pay");

        Element orders = testId(page, "card-orders");
        assertThat(orders.select("[data-testid=recent-order] a").eachText()).containsExactly("#1514", "#1304");

        Element forms = testId(page, "card-forms");
        assertThat(forms.select("[data-testid=form-to-fill] a").eachText())
                .containsExactly("Questionnaire santé", "Consignes de visite");
        assertThat(forms.selectFirst("[data-testid=form-to-fill] a").attr("href"))
                .isEqualTo("/documents/formulaires/" + DocumentsIT.FORM_ID);

        // Only what staff shared lately: not the client's own upload, not the one of two months ago.
        Element documents = testId(page, "card-documents");
        assertThat(documents.select("[data-testid=shared-document] a").eachText())
                .containsExactly("Soins des griffes.pdf");
        assertThat(documents.selectFirst("[data-testid=shared-document] a").attr("href"))
                .isEqualTo("/api/documents/" + SHARED_DOCUMENT + "/content");

        assertThat(testId(testId(page, "card-credit"), "credit-amount").text()).isEqualTo("25,00 $");

        // Links to each section, and the greeting of the seed.
        assertThat(testId(page, "card-sections").select("a").eachAttr("href"))
                .contains("/messages", "/rendez-vous", "/services", "/adresses", "/paiements", "/compte", "/documents");
        assertThat(testId(page, "dashboard-greeting")
                        .wholeText()
                        .replaceAll("\\s+", " ")
                        .strip())
                .startsWith("Bonjour Francis Marceau (vous n'êtes pas Francis Marceau? Déconnexion).");
        assertThat(testId(page, "greeting-logout").attr("form")).isEqualTo("logout-form");
    }

    @Test
    void everyCardInEnglish() throws Exception {
        Document page = page(get("/").param("lang", "en"), HttpStatus.OK);

        assertThat(page.select(".dash-card h2").eachText())
                .containsExactly(
                        "Next appointment",
                        "Messages waiting for your reply",
                        "Orders awaiting payment",
                        "Recent orders",
                        "Forms to fill",
                        "Recently shared documents",
                        "Credit balance");
        assertThat(testId(page, "appointment-move").text()).isEqualTo("Reschedule");
        assertThat(testId(page, "messages-count").text()).isEqualTo("2 messages are waiting for your reply.");
        assertThat(testId(page, "order-due").text()).isEqualTo("$40.24 to pay");
        assertThat(testId(page, "order-pay").text()).isEqualTo("Pay");
        assertThat(testId(page, "credit-amount").text()).isEqualTo("$25.00");
        // The services are asked in the client's language.
        assertThat(backend.received()).extracting(Received::acceptLanguage).containsOnly("en-CA");
    }

    @Test
    void aFailingServiceLosesOnlyItsOwnCards() throws Exception {
        backend.reply("GET", ORDERS, 503, """
                {"title":"Service Unavailable","status":503,"detail":"billing is restarting"}""");
        backend.reply("GET", CREDIT, 500, """
                {"title":"Internal Server Error","status":500,"detail":"java.lang.IllegalStateException"}""");

        Document page = page(get("/"), HttpStatus.OK);

        for (String card : List.of("card-to-pay", "card-orders", "card-credit")) {
            assertThat(testId(testId(page, card), "card-unavailable").text())
                    .as(card)
                    .startsWith("Temporairement indisponible");
        }
        for (String card : List.of("card-appointment", "card-messages", "card-forms", "card-documents")) {
            assertThat(testId(page, card).select("[data-testid=card-unavailable]"))
                    .as(card)
                    .isEmpty();
            assertThat(testId(page, card).attr("data-available")).isEqualTo("true");
        }
        assertThat(page.outerHtml()).doesNotContain("IllegalStateException", "billing is restarting");
        assertThat(testId(page, "welcome").text()).isEqualTo("Bienvenue Francis");
    }

    @Test
    void nothingWaitingSaysSo() throws Exception {
        backend.reply("GET", BOOKINGS, 200, BookingFixtures.appointmentPage(0, 0, 0));
        backend.reply("GET", TICKETS, 200, """
                {"content":[],"page":{"number":0,"size":3,"totalElements":0,"totalPages":0},"counts":{}}""");
        backend.reply("GET", ORDERS, 200, OrdersIT.page(0, 0));
        backend.reply("GET", TO_FILL, 200, "[]");
        backend.reply("GET", DOCUMENTS, 200, """
                {"content":[],"page":{"number":0,"size":10,"totalElements":0,"totalPages":0}}""");

        Document page = page(get("/"), HttpStatus.OK);

        assertThat(page.select("[data-testid=card-empty]").eachText())
                .containsExactly(
                        "Aucun rendez-vous à venir.",
                        "Aucun message n'attend votre réponse.",
                        "Aucune commande à payer.",
                        "Aucune commande pour le moment.",
                        "Aucun formulaire à remplir.",
                        "Aucun nouveau document.");
    }

    @Test
    void everyCallNamesTheSignedInClientOnly() throws Exception {
        page(get("/"), HttpStatus.OK);

        List<Received> calls = backend.received();
        assertThat(calls)
                .extracting(Received::path)
                .containsExactlyInAnyOrder("/api/clients/me", BOOKINGS, TICKETS, ORDERS, CREDIT, TO_FILL, DOCUMENTS);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.authorization()).isEqualTo("Bearer " + CLIENT_TOKEN);
        });
        // Where a service takes a client's id, it is the signed-in client's own (the record's id, never a parameter).
        for (String path : List.of(BOOKINGS, TICKETS, TO_FILL, DOCUMENTS)) {
            Map<String, List<String>> query =
                    BookingFixtures.query(BookingFixtures.calls("GET", path).getFirst());
            assertThat(query.get("clientId")).as(path).containsExactly(FRANCIS_ID.toString());
        }
        assertThat(BookingFixtures.query(BookingFixtures.calls("GET", TICKETS).getFirst())
                        .get("status"))
                .containsExactly("WAITING_ON_CLIENT");
        assertThat(BookingFixtures.query(BookingFixtures.calls("GET", BOOKINGS).getFirst())
                        .get("when"))
                .containsExactly("upcoming");
    }

    @Test
    void aClientIdInTheAddressChangesNothing() throws Exception {
        page(get("/").param("clientId", "00000000-0000-4000-8000-000000000666"), HttpStatus.OK);

        assertThat(backend.received())
                .allSatisfy(call -> assertThat(String.valueOf(call.query()) + call.path())
                        .doesNotContain("00000000-0000-4000-8000-000000000666"));
    }

    @Test
    void theHeaderMenusAreOnEveryPage() throws Exception {
        for (String path : List.of("/", "/adresses")) {
            Document page = page(get(path), HttpStatus.OK);

            Element person = testId(page, "person-menu");
            Element button = testId(person, "person-menu-button");
            assertThat(button.attr("type")).isEqualTo("button");
            assertThat(button.attr("aria-expanded")).isEqualTo("false");
            assertThat(button.attr("aria-controls")).isEqualTo("person-menu-panel");
            assertThat(testId(button, "welcome").text()).isEqualTo("Bienvenue Francis");
            Element panel = testId(person, "person-menu-panel");
            assertThat(panel.id()).isEqualTo("person-menu-panel");
            assertThat(panel.select("li").eachText()).containsExactly("Mon compte ›", "Mes messages", "Déconnexion");
            assertThat(panel.select("a").eachAttr("href")).containsExactly("/", "/messages");
            assertThat(testId(panel, "person-menu-logout").attr("form")).isEqualTo("logout-form");
            assertThat(testId(panel, "person-menu-logout").attr("type")).isEqualTo("submit");

            Element messages = testId(page, "messages-menu");
            assertThat(testId(messages, "menu-messages").attr("href")).isEqualTo("/messages");
            assertThat(testId(messages, "messages-menu-panel").select("a").eachText())
                    .containsExactly("Tous mes messages", "En attente de ma réponse", "Nouveau message");
            assertThat(testId(messages, "messages-menu-panel").select("a").eachAttr("href"))
                    .containsExactly("/messages", "/messages?status=WAITING_ON_CLIENT", "/messages/nouveau");
            assertThat(page.select("script[src=/js/menus.js]")).hasSize(1);
        }
    }
}
