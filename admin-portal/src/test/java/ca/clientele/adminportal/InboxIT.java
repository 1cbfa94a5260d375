package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BRANCHES;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static ca.clientele.adminportal.TicketFixtures.ASSIGNEES;
import static ca.clientele.adminportal.TicketFixtures.CALL_ID;
import static ca.clientele.adminportal.TicketFixtures.CATEGORIES;
import static ca.clientele.adminportal.TicketFixtures.CYNTHIA;
import static ca.clientele.adminportal.TicketFixtures.EMPTY_PAGE;
import static ca.clientele.adminportal.TicketFixtures.NAILS;
import static ca.clientele.adminportal.TicketFixtures.PAGE;
import static ca.clientele.adminportal.TicketFixtures.TICKET_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The staff inbox: every filter goes to ticket-service as its query parameter; rows, counts and pages. */
class InboxIT extends PortalIT {

    static void stubInbox(String page) {
        reply("GET", "/api/tickets", 200, page);
        reply("GET", "/api/tickets/categories", 200, CATEGORIES);
        reply("GET", "/api/tickets/assignees", 200, ASSIGNEES);
        reply("GET", "/api/branches", 200, BRANCHES);
    }

    /** The query the portal sent to GET /api/tickets, as name → value. */
    static Map<String, String> searchQuery() {
        String query = query(sent("GET", "/api/tickets"));
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void aSearchTooWideToCountSaysMoreThanTheBoundAndShowsNoCountsPerStatus() throws Exception {
        stubInbox(PAGE.replace("\"totalElements\":2,\"totalPages\":1", "\"totalElements\":2000,\"totalPages\":100")
                .replace(
                        "\"counts\":{\"WAITING_ON_STAFF\":1,\"WAITING_ON_CLIENT\":0,\"CLOSED\":1}",
                        "\"counts\":{},\"capped\":true"));

        Document page = html(mvc.perform(get("/tickets").param("q", "vous").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "inbox-count").text()).matches("Plus de 2\\h000 billets");
        assertThat(testId(page, "inbox-count-CLOSED").text()).isEqualTo("Fermé");
        assertThat(testId(page, "inbox-count-CLOSED").hasAttr("data-count")).isFalse();
        assertThat(testId(page, "page-next")).isNotNull();
    }

    @Test
    void theInboxListsEveryTicketWithItsStatusClientAndAssigneeAndTheCountsPerStatus() throws Exception {
        stubInbox(PAGE);

        Document page = html(mvc.perform(get("/tickets").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Billets");
        var rows = page.select("[data-testid=inbox-row]");
        assertThat(rows).hasSize(2);
        Element first = rows.getFirst();
        assertThat(first.attr("data-ticket-id")).isEqualTo(TICKET_ID);
        assertThat(testId(first, "inbox-row-link").text()).isEqualTo("#78190");
        assertThat(testId(first, "inbox-row-link").attr("href")).isEqualTo("/admin/tickets/" + TICKET_ID);
        assertThat(testId(first, "inbox-row-status").text()).isEqualTo("En attente de la réponse de l'agent");
        assertThat(testId(first, "inbox-row-status").hasClass("status-waiting-on-staff"))
                .isTrue();
        assertThat(testId(first, "inbox-row-client").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(testId(first, "inbox-row-assignee").text()).isEqualTo("Non assigné");
        assertThat(first.select("td").get(7).text()).isEqualTo("2026-11-22 14:05");
        Element call = rows.get(1);
        assertThat(call.attr("data-ticket-id")).isEqualTo(CALL_ID);
        assertThat(testId(call, "inbox-row-assignee").text()).isEqualTo("Cynthia Lemay");
        assertThat(call.text()).contains("Interne", "Question", "Téléphone");

        assertThat(testId(page, "inbox-count").text()).isEqualTo("2 billets");
        assertThat(testId(page, "inbox-count-WAITING_ON_STAFF").attr("data-count"))
                .isEqualTo("1");
        assertThat(testId(page, "inbox-count-WAITING_ON_CLIENT").attr("data-count"))
                .isEqualTo("0");
        assertThat(testId(page, "inbox-count-CLOSED").text()).isEqualTo("Fermé 1");
        assertThat(testId(page, "inbox-count-CLOSED").attr("href")).isEqualTo("/admin/tickets?status=CLOSED");

        assertThat(testId(page, "inbox-assignee").select("option").eachText())
                .containsExactly("Tout le monde", "Non assigné", "Cynthia Lemay", "Julien Béliveau");
        assertThat(testId(page, "inbox-category").select("option").eachText())
                .containsExactly("Toutes", "Général", "Taille des griffes", "Ancienne (retirée)");
        assertThat(testId(page, "inbox-status").select("option").eachText())
                .containsExactly(
                        "Tous", "En attente de la réponse de l'agent", "En attente de la réponse du client", "Fermé");
        // Nothing chosen: only the page is asked for, updated first (the service's default).
        assertThat(searchQuery()).containsExactlyInAnyOrderEntriesOf(Map.of("page", "0", "size", "20"));
        assertThat(sent("GET", "/api/tickets").getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);
    }

    @Test
    void everyFilterTheSortAndTheSearchArePassedThroughAsQueryParameters() throws Exception {
        stubInbox(PAGE);

        Document page = html(mvc.perform(get("/tickets")
                        .queryParam("q", "moka griffes")
                        .queryParam("status", "WAITING_ON_STAFF")
                        .queryParam("type", "COMPLAINT")
                        .queryParam("category", NAILS)
                        .queryParam("channel", "PHONE")
                        .queryParam("assignee", CYNTHIA)
                        .queryParam("branch", MONTREAL_BRANCH)
                        .queryParam("client", FRANCIS_ID.toString())
                        .queryParam("from", "2026-11-01")
                        .queryParam("to", "2026-11-30")
                        .queryParam("sort", "created")
                        .queryParam("direction", "asc")
                        .queryParam("page", "2")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(searchQuery())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("q", "moka griffes"),
                        Map.entry("status", "WAITING_ON_STAFF"),
                        Map.entry("type", "COMPLAINT"),
                        Map.entry("category", NAILS),
                        Map.entry("channel", "PHONE"),
                        Map.entry("assignee", CYNTHIA),
                        Map.entry("branch", MONTREAL_BRANCH),
                        Map.entry("clientId", FRANCIS_ID.toString()),
                        Map.entry("from", "2026-11-01"),
                        Map.entry("to", "2026-11-30"),
                        Map.entry("sort", "created"),
                        Map.entry("direction", "asc"),
                        Map.entry("page", "2"),
                        Map.entry("size", "20")));
        // The form shows what is filtered; the client filter says so and can be removed.
        assertThat(testId(page, "inbox-q").val()).isEqualTo("moka griffes");
        assertThat(testId(page, "inbox-type").selectFirst("option[selected]").val())
                .isEqualTo("COMPLAINT");
        assertThat(testId(page, "inbox-from").val()).isEqualTo("2026-11-01");
        assertThat(testId(page, "inbox-client-filter").text())
                .contains("Seuls les billets de Francis Marceau sont affichés.");
        // A count link keeps every other filter and changes the status only.
        assertThat(testId(page, "inbox-count-CLOSED").attr("href"))
                .isEqualTo("/admin/tickets?q=moka+griffes&status=CLOSED&type=COMPLAINT&category=" + NAILS
                        + "&channel=PHONE&assignee=" + CYNTHIA + "&branch=" + MONTREAL_BRANCH + "&client="
                        + FRANCIS_ID + "&from=2026-11-01&to=2026-11-30&sort=created&direction=asc");
    }

    @Test
    void unassignedIsTheNoneFilterAndValuesThatAreNoFilterAreLeftOut() throws Exception {
        stubInbox(EMPTY_PAGE);

        Document page = html(mvc.perform(get("/tickets")
                        .queryParam("assignee", "none")
                        .queryParam("status", "PERDU")
                        .queryParam("category", "pas-un-id")
                        .queryParam("from", "hier")
                        .queryParam("page", "-3")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(searchQuery())
                .containsExactlyInAnyOrderEntriesOf(Map.of("assignee", "none", "page", "0", "size", "20"));
        assertThat(testId(page, "inbox-none").text()).isEqualTo("Aucun billet ne correspond à ces critères.");
        assertThat(testId(page, "inbox-count").text()).isEqualTo("Aucun billet");
    }

    @Test
    void withHtmxOnlyTheResultsComeBackAndTheyPageThrough() throws Exception {
        stubInbox(PAGE.replace("\"totalElements\":2,\"totalPages\":1", "\"totalElements\":45,\"totalPages\":3"));

        Document fragment = html(mvc.perform(get("/tickets")
                        .queryParam("status", "CLOSED")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(fragment.select("h1")).isEmpty();
        assertThat(testId(fragment, "inbox-results").select("[data-testid=inbox-row]"))
                .hasSize(2);
        assertThat(testId(fragment, "page-next").attr("href")).isEqualTo("/admin/tickets?status=CLOSED&page=1");
        assertThat(testId(fragment, "page-next").attr("hx-get")).isEqualTo("/admin/tickets?status=CLOSED&page=1");
        assertThat(testId(fragment, "inbox-count").text()).isEqualTo("45 billets");
    }

    @Test
    void inEnglishTheFiltersAreEnglishAndTheServiceIsAskedInEnglish() throws Exception {
        stubInbox(PAGE);

        Document page =
                html(mvc.perform(get("/tickets").queryParam("lang", "en").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Tickets");
        assertThat(testId(page, "inbox-channel").select("option").eachText())
                .containsExactly("All", "Client portal", "Phone", "In person", "E-mail");
        assertThat(testId(page, "inbox-assignee").select("option").eachText()).contains("Unassigned");
        assertThat(sent("GET", "/api/tickets").getHeader("Accept-Language")).isEqualTo("en-CA");
    }

    @Test
    void theMenuLeadsToTheInboxAndClientsCannotOpenIt() throws Exception {
        stubInbox(PAGE);

        Document page = html(mvc.perform(get("/tickets").with(staff())).andReturn());

        assertThat(testId(page, "menu-tickets").attr("href")).isEqualTo("/admin/tickets");
        assertThat(page.select("[data-testid=menu-incidents]"))
                .as("staff without the admin role")
                .isEmpty();
        services.resetRequests();
        mvc.perform(get("/tickets").with(client())).andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }
}
