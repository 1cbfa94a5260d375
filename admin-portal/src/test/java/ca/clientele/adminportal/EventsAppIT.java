package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.EVENT_ID;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.TIMELINE;
import static ca.clientele.adminportal.Pages.admin;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The "Évènements" application and the client page's filtered timeline: filters go to the event
 * service, the CSV export keeps them, the raw CloudEvent is for administrators, and so are the
 * security category and the integrity check.
 */
class EventsAppIT extends PortalIT {

    static final String RAW_EVENT = TIMELINE.substring(TIMELINE.indexOf("{\"id\""), TIMELINE.indexOf("}]") + 1)
            .replace("\"raw\":null", "\"raw\":{\"specversion\":\"1.0\",\"id\":\"" + EVENT_ID + "\"}");

    @Test
    void theApplicationListsEveryEventWithItsFiltersAndTheCsvKeepsThem() throws Exception {
        reply("GET", "/api/events", 200, TIMELINE);

        Document page = html(mvc.perform(get("/events")
                        .queryParam("clientId", FRANCIS_ID.toString())
                        .queryParam("category", "billing")
                        .queryParam("actor", "STAFF")
                        .queryParam("from", "2026-11-01")
                        .queryParam("to", "pas-une-date")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/events")))
                .isEqualTo("clientId=" + FRANCIS_ID + "&category=billing&actor=STAFF&from=2026-11-01&page=0&size=25");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Évènements");
        assertThat(testId(page, "menu-events").attr("href")).isEqualTo("/admin/events");
        Element row = testId(page, "event-row");
        assertThat(testId(row, "event-summary").text()).isEqualTo("Fiche client créée");
        assertThat(row.text()).contains("Client", "2026-11-22 14:05");
        assertThat(testId(row, "event-open").attr("href")).isEqualTo("/admin/events/" + EVENT_ID);
        assertThat(testId(page, "events-csv").attr("href"))
                .isEqualTo("/api/events/export.csv?clientId=" + FRANCIS_ID
                        + "&category=billing&actor=STAFF&from=2026-11-01");
        // Staff without the admin role are not offered the security category.
        assertThat(testId(page, "events-category").select("option").eachAttr("value"))
                .doesNotContain("security")
                .contains("billing", "notifications");
        assertThat(testId(page, "events-category")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("billing");
    }

    @Test
    void administratorsSeeTheRawCloudEventStaffDoNot() throws Exception {
        reply("GET", "/api/events/" + EVENT_ID, 200, RAW_EVENT);

        Document forAdmin = html(mvc.perform(get("/events/" + EVENT_ID).with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(forAdmin, "event-raw").text()).contains("specversion", EVENT_ID);
        assertThat(testId(forAdmin, "event-summary").text()).isEqualTo("Fiche client créée");
        assertThat(testId(forAdmin, "event-category").text()).isEqualTo("Client");
        assertThat(testId(forAdmin, "event-link").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(testId(forAdmin, "back-to-list").attr("href")).isEqualTo("/admin/events");

        Document forStaff = html(mvc.perform(get("/events/" + EVENT_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(forStaff.select("[data-testid=event-raw]")).isEmpty();
    }

    @Test
    void theClientTimelineFiltersByCategoryAndDaysAsAFragmentForHtmx() throws Exception {
        reply("GET", "/api/events", 200, TIMELINE);

        Document fragment = html(mvc.perform(get("/clients/" + FRANCIS_ID + "/events")
                        .queryParam("category", "security")
                        .queryParam("from", "2026-11-20")
                        .header("HX-Request", "true")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(query(sent("GET", "/api/events")))
                .isEqualTo("clientId=" + FRANCIS_ID + "&category=security&from=2026-11-20&page=0&size=20");
        assertThat(fragment.select("[data-testid=timeline-entry]")).hasSize(1);
        assertThat(fragment.select("main")).isEmpty();
        assertThat(testId(fragment, "timeline-category")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("security");
        assertThat(testId(fragment, "timeline-verify")).isNotNull();

        // Without htmx, the same timeline is a page of its own with the way back.
        Document page =
                html(mvc.perform(get("/clients/" + FRANCIS_ID + "/events").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(testId(page, "back-to-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(page.select("[data-testid=timeline-verify]")).isEmpty();
    }

    @Test
    void theIntegrityCheckIsForAdministrators() throws Exception {
        reply("GET", "/api/events/clients/" + FRANCIS_ID + "/verification", 200, """
                {"clientId":"%s","ok":false,"checked":4,"anchorPosition":0,"headPosition":4,"firstBrokenPosition":3}
                """.formatted(FRANCIS_ID));

        Document answer = html(mvc.perform(get("/clients/" + FRANCIS_ID + "/events/verification")
                        .header("HX-Request", "true")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(answer, "timeline-verification").text())
                .isEqualTo("Altération détectée : l'évènement à la position 3 a été modifié ou supprimé.");

        mvc.perform(get("/clients/" + FRANCIS_ID + "/events/verification").with(staff()))
                .andExpect(status().isForbidden());
    }
}
