package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.EVENT_ID;
import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.NOT_FOUND;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.TIMELINE;
import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.clientele.platform.testing.BackendStub;
import ca.clientele.platform.testing.BackendStub.Received;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A client's page (sections of the seed, timeline from the event service) and an event's page. */
@SpringBootTest
@AutoConfigureMockMvc
class ClientPageIT {

    static final BackendStub backend = BackendStub.INSTANCE;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("clientele.services.registry", backend::url);
        registry.add("clientele.services.events", backend::url);
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void resetBackend() {
        backend.reset();
    }

    @Test
    void theClientPageShowsTheRecordAndTheLocalizedTimelineInMontrealTime() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        backend.reply("GET", "/api/events", 200, TIMELINE);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "client-name").text()).isEqualTo("Francis Marceau");
        assertThat(testId(page, "client-first-name").text()).isEqualTo("Francis");
        assertThat(testId(page, "client-last-name").text()).isEqualTo("Marceau");
        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "client-status").text()).isEqualTo("actif");
        assertThat(testId(page, "client-created").text()).isEqualTo("2026-11-22 14:05");
        assertThat(page.select("section.card > h2").eachText())
                .containsExactly(
                        "1 - Informations générales",
                        "2 - Documents",
                        "3 - Suivi d'appel et Évènements",
                        "4 - Rendez-vous",
                        "5 - Options");
        assertThat(testId(page, "section-options").text()).contains("Offert prochainement.");

        var entries = page.select("[data-testid=timeline-entry]");
        assertThat(entries).hasSize(1);
        Element entry = entries.getFirst();
        assertThat(entry.selectFirst(".timeline-title").text()).isEqualTo("Fiche client créée");
        assertThat(entry.selectFirst("time").text()).isEqualTo("2026-11-22 14:05");
        assertThat(entry.selectFirst("a").attr("href")).isEqualTo("/admin/events/" + EVENT_ID);

        assertThat(backend.received())
                .extracting(Received::path)
                .containsExactlyInAnyOrder("/api/clients/" + FRANCIS_ID, "/api/events");
        Received events = backend.received().stream()
                .filter(call -> call.path().equals("/api/events"))
                .findFirst()
                .orElseThrow();
        assertThat(events.query()).isEqualTo("clientId=" + FRANCIS_ID + "&page=0&size=20");
        assertThat(backend.received()).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + STAFF_TOKEN);
            assertThat(call.acceptLanguage()).isEqualTo("fr-CA");
        });
    }

    @Test
    void inEnglishTheSectionsAndLabelsAreEnglishAndTheServiceIsAskedInEnglish() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        backend.reply("GET", "/api/events", 200, TIMELINE.replace("Fiche client créée", "Client record created"));

        Document page = html(mvc.perform(
                        get("/clients/" + FRANCIS_ID).queryParam("lang", "en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("section.card > h2").eachText()).first().isEqualTo("1 - General information");
        assertThat(testId(page, "client-status").text()).isEqualTo("active");
        assertThat(page.selectFirst(".timeline-title").text()).isEqualTo("Client record created");
        assertThat(backend.received()).extracting(Received::acceptLanguage).containsOnly("en-CA");
    }

    @Test
    void aClientWithoutEventsSaysSo() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        backend.reply("GET", "/api/events", 200, """
                {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0}}
                """);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "timeline-empty").text()).isEqualTo("Aucun évènement pour ce client pour l'instant.");
    }

    @Test
    void whenTheEventServiceIsDownTheRecordIsStillShown() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        backend.reply("GET", "/api/events", 500, "{\"status\":500}");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "timeline-unavailable").text())
                .isEqualTo("Les évènements de ce client sont temporairement indisponibles.");
    }

    @Test
    void anUnknownClientIsAFriendlyNotFound() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 404, NOT_FOUND);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
        mvc.perform(get("/clients/pas-un-identifiant").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void aFailingRegistryIsTheUnavailablePage() throws Exception {
        backend.reply("GET", "/api/clients/" + FRANCIS_ID, 500, "{\"detail\":\"NullPointerException\"}");

        var result = mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertThat(html(result).selectFirst("h1").text()).isEqualTo("Service temporairement indisponible");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("NullPointerException", "at org.");
    }

    @Test
    void anEventPageShowsTypeSourceTimeAndData() throws Exception {
        String event = TIMELINE.substring(TIMELINE.indexOf("{\"id\""), TIMELINE.indexOf("}]")) + "}";
        backend.reply("GET", "/api/events/" + EVENT_ID, 200, event);

        Document page = html(mvc.perform(get("/events/" + EVENT_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "event-title").text()).isEqualTo("Fiche client créée");
        assertThat(testId(page, "event-type").text()).isEqualTo("ca.clientele.client.client-registered");
        assertThat(testId(page, "event-source").text()).isEqualTo("/clientele/client-registry-service");
        assertThat(testId(page, "event-time").text()).isEqualTo("2026-11-22 14:05");
        Element data = testId(page, "event-data");
        assertThat(data.select("dt").eachText()).containsExactly("clientId", "channel", "pets");
        assertThat(data.select("dd").eachText())
                .containsExactly(FRANCIS_ID.toString(), "SELF_REGISTRATION", "[\"Moka\"]");
        assertThat(testId(page, "back-to-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(backend.received().getFirst().authorization()).isEqualTo("Bearer " + STAFF_TOKEN);
    }

    @Test
    void anUnknownEventIsAFriendlyNotFound() throws Exception {
        backend.reply("GET", "/api/events/inconnu", 404, NOT_FOUND);

        Document page = html(mvc.perform(get("/events/inconnu").with(staff()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void clientsCannotOpenAClientPage() throws Exception {
        mvc.perform(get("/clients/" + FRANCIS_ID).with(client())).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + EVENT_ID).with(client())).andExpect(status().isForbidden());
        assertThat(backend.received()).isEmpty();
    }

    private static Element testId(Document page, String id) {
        Element element = page.selectFirst("[data-testid=" + id + "]");
        assertThat(element).as("element with data-testid=%s", id).isNotNull();
        return element;
    }
}
