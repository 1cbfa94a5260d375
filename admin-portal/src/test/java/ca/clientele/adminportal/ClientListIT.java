package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BRANCHES;
import static ca.clientele.adminportal.Pages.ELISE_ID;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.QUEBEC_BRANCH;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.TWO_CLIENTS;
import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The staff client list as the gateway reaches it (relayed JWT, /admin context path) against a real
 * HTTP stand-in for the registry: search and filter forwarded, htmx fragment, refusals, failures.
 */
class ClientListIT extends PortalIT {

    @Test
    void theHomeOfTheStaffPortalIsTheClientList() throws Exception {
        mvc.perform(get("/").with(staff())).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/clients"));
    }

    @Test
    void staffSeeTheClientsWithLabelsMontrealTimesAndLinks() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/branches", 200, BRANCHES);

        Document page = html(mvc.perform(get("/clients").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        var rows = page.select("[data-testid=client-row]");
        assertThat(rows).hasSize(2);
        assertThat(cells(rows.get(0)))
                .containsExactly(
                        "Francis Marceau",
                        "francis.marceau@exemple.ca",
                        "514 555-0100",
                        "Montréal — Plateau",
                        "actif",
                        "2026-11-22 14:05");
        // July: daylight saving time, UTC-4.
        assertThat(cells(rows.get(1)))
                .containsExactly("Élise Béliveau", "elise@exemple.ca", "", "", "suspendu", "2026-07-01 12:30");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID);
        assertThat(rows.get(1).selectFirst("a").attr("href")).isEqualTo("/admin/clients/" + ELISE_ID);
        assertThat(page.selectFirst("[data-testid=client-count]").text()).isEqualTo("2 clients");
        assertThat(page.selectFirst(".brand").text()).isEqualTo("Clientèle — Administration");
        assertThat(page.selectFirst("[data-testid=staff-name]").text()).isEqualTo("Cynthia Lemay");

        assertThat(params(sent("GET", "/api/clients"))).isEqualTo(Map.of("page", "0", "size", "20"));
        // Closed branches too, so that a client's preference for one still has a name.
        assertThat(params(sent("GET", "/api/branches"))).isEqualTo(Map.of("includeInactive", "true"));
        assertThat(allCalls()).hasSize(2).allSatisfy(call -> {
            assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);
            assertThat(call.getHeader("Accept-Language")).isEqualTo("fr-CA");
        });
        assertThat(testId(page, "client-new").attr("href")).isEqualTo("/admin/clients/new");
        assertThat(testId(page, "client-new").text()).isEqualTo("Nouveau client");
    }

    @Test
    void theSearchTextStatusBranchAndPageGoToTheRegistryIntact() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/branches", 200, BRANCHES);

        Document page = html(mvc.perform(get("/clients")
                        .queryParam("q", "Béliveau & fils+co")
                        .queryParam("status", "SUSPENDED")
                        .queryParam("branch", QUEBEC_BRANCH)
                        .queryParam("page", "2")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(params(sent("GET", "/api/clients")))
                .isEqualTo(Map.of(
                        "q", "Béliveau & fils+co",
                        "status", "SUSPENDED",
                        "branch", QUEBEC_BRANCH,
                        "page", "2",
                        "size", "20"));
        assertThat(page.selectFirst("#q").val()).isEqualTo("Béliveau & fils+co");
        assertThat(page.selectFirst("#q").attr("placeholder")).isEqualTo("Nom, courriel, téléphone ou nom d'animal");
        assertThat(page.selectFirst("#status option[selected]").val()).isEqualTo("SUSPENDED");
        assertThat(page.select("#status option").eachText())
                .containsExactly("Tous les statuts", "actif", "inactif", "suspendu", "banni");
        Element branch = testId(page, "client-search-branch");
        assertThat(branch.select("option").eachText())
                .containsExactly("Toutes les succursales", "Montréal — Plateau", "Québec — Limoilou", "Laval (fermée)");
        assertThat(branch.selectFirst("option[selected]").val()).isEqualTo(QUEBEC_BRANCH);
        // Changing either filter asks for the results fragment.
        Element form = testId(page, "client-search");
        assertThat(form.attr("hx-get")).isEqualTo("/admin/clients");
        assertThat(form.attr("hx-trigger")).isEqualTo("change from:#status, change from:#branch");
        assertThat(form.attr("hx-target")).isEqualTo("#client-results");
    }

    @Test
    void withoutTheBookingServiceTheBranchFilterIsHiddenAndTheListStillWorks() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/branches", 503, "{\"status\":503}");

        Document page = html(
                mvc.perform(get("/clients").queryParam("branch", QUEBEC_BRANCH).with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.select("[data-testid=client-search-branch]")).isEmpty();
        assertThat(page.select("[data-testid=client-row]")).hasSize(2);
        assertThat(cells(page.selectFirst("[data-testid=client-row]")))
                .containsExactly(
                        "Francis Marceau", "francis.marceau@exemple.ca", "514 555-0100", "actif", "2026-11-22 14:05");
        // A branch asked for in the address still filters, and the next search keeps it.
        assertThat(params(sent("GET", "/api/clients"))).containsEntry("branch", QUEBEC_BRANCH);
        assertThat(page.selectFirst("form.search input[type=hidden][name=branch]")
                        .val())
                .isEqualTo(QUEBEC_BRANCH);
    }

    @Test
    void aBranchThatIsNoIdMeansAllBranches() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);
        reply("GET", "/api/branches", 200, BRANCHES);

        mvc.perform(get("/clients").queryParam("branch", "plateau").with(staff()))
                .andExpect(status().isOk());

        assertThat(params(sent("GET", "/api/clients"))).doesNotContainKey("branch");
    }

    @Test
    void anUnknownStatusMeansAllStatusesRatherThanAnError() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        mvc.perform(get("/clients").queryParam("status", "DELETED").with(staff()))
                .andExpect(status().isOk());

        assertThat(params(sent("GET", "/api/clients"))).doesNotContainKey("status");
    }

    @Test
    void theLiveSearchGetsOnlyTheResultsFragment() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        var result = mvc.perform(get("/clients")
                        .queryParam("q", "Fra")
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("HX-Request")))
                .andReturn();

        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("<html", "<header", "logout-form").contains("id=\"client-results\"");
        assertThat(html(result).select("[data-testid=client-row]")).hasSize(2);
        assertThat(params(sent("GET", "/api/clients"))).containsEntry("q", "Fra");
    }

    @Test
    void aHistoryRestoreGetsTheWholePage() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        var result = mvc.perform(get("/clients")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(result.getResponse().getContentAsString()).contains("<html", "logout-form");
    }

    @Test
    void theSearchFormIsWiredForLiveSearch() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        Document page = html(mvc.perform(get("/clients").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element q = page.selectFirst("#q");
        assertThat(q.attr("hx-get")).isEqualTo("/admin/clients");
        assertThat(q.attr("hx-trigger")).startsWith("keyup changed delay:");
        assertThat(q.attr("hx-target")).isEqualTo("#client-results");
        assertThat(page.selectFirst("form.search").attr("action")).isEqualTo("/admin/clients");
    }

    @Test
    void anEmptyResultSaysSo() throws Exception {
        reply("GET", "/api/clients", 200, """
                {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0}}
                """);

        Document page =
                html(mvc.perform(get("/clients").queryParam("q", "Personne").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.selectFirst("[data-testid=client-none]").text())
                .isEqualTo("Aucun client ne correspond à votre recherche.");
        assertThat(page.select("[data-testid=client-row]")).isEmpty();
    }

    @Test
    void pagesLinkToTheirNeighboursKeepingTheSearch() throws Exception {
        reply(
                "GET",
                "/api/clients",
                200,
                TWO_CLIENTS.replace("\"totalPages\":1", "\"totalPages\":3").replace("\"number\":0", "\"number\":1"));

        Document page = html(mvc.perform(get("/clients")
                        .queryParam("q", "Ma")
                        .queryParam("page", "1")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("[data-testid=page-previous]").attr("href"))
                .startsWith("/admin/clients?q=Ma&")
                .endsWith("&page=0");
        assertThat(page.selectFirst("[data-testid=page-next]").attr("href"))
                .startsWith("/admin/clients?q=Ma&")
                .endsWith("&page=2");
    }

    @Test
    void aClientIsRefusedWithAFriendlyPageInTheirLanguage() throws Exception {
        var result = mvc.perform(get("/clients").with(client()))
                .andExpect(status().isForbidden())
                .andReturn();

        Document page = html(result);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Accès refusé");
        assertThat(page.selectFirst("[data-testid=client-portal-link]").attr("href"))
                .isEqualTo("/");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at org.springframework");
        assertThat(allCalls()).isEmpty();

        Document english =
                html(mvc.perform(get("/clients").queryParam("lang", "en").with(client()))
                        .andExpect(status().isForbidden())
                        .andReturn());
        assertThat(english.selectFirst("h1").text()).isEqualTo("Access denied");
    }

    @Test
    void englishIsOneClickAwayOnTheSamePage() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        Document page = html(mvc.perform(get("/clients")
                        .queryParam("q", "Fra")
                        .queryParam("lang", "en")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Clients");
        assertThat(cells(page.selectFirst("[data-testid=client-row]")).get(3)).isEqualTo("active");
        assertThat(page.selectFirst("[data-testid=lang-fr]").attr("href")).isEqualTo("/admin/clients?q=Fra&lang=fr");
        assertThat(page.selectFirst("[data-testid=logout]").text()).isEqualTo("Log out");
        assertThat(sent("GET", "/api/clients").getHeader("Accept-Language")).isEqualTo("en-CA");
    }

    @Test
    void theLogoutFormPostsToTheGatewayNotToThisPortal() throws Exception {
        reply("GET", "/api/clients", 200, TWO_CLIENTS);

        Document page = html(mvc.perform(get("/clients")
                        .cookie(new Cookie("XSRF-TOKEN", "9a8b-csrf"))
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element form = page.getElementById("logout-form");
        assertThat(form.attr("action")).isEqualTo("/logout");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("9a8b-csrf");
    }

    @Test
    void aFailingRegistryShowsTheUnavailablePageOrNotice() throws Exception {
        reply("GET", "/api/clients", 503, "{\"status\":503}");

        var result = mvc.perform(get("/clients").with(staff()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();
        assertThat(html(result).selectFirst("h1").text()).isEqualTo("Service temporairement indisponible");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "at org.");

        // During a live search the notice replaces the results only.
        var fragment = mvc.perform(get("/clients").header("HX-Request", "true").with(staff()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();
        assertThat(fragment.getResponse().getContentAsString())
                .doesNotContain("<html")
                .contains("Service temporairement indisponible");
    }

    @Test
    void aSearchTheRegistryRefusesShowsItsMessages() throws Exception {
        reply("GET", "/api/clients", 400, """
                {"title":"Requête invalide","status":400,"detail":"La requête contient des valeurs invalides.",
                 "errors":[{"field":"q","message":"la taille doit être comprise entre 0 et 100"}]}
                """);

        Document page = html(
                mvc.perform(get("/clients").queryParam("q", "x".repeat(150)).with(staff()))
                        .andExpect(status().isBadRequest())
                        .andReturn());

        assertThat(page.selectFirst("[data-testid=error-detail]").text())
                .isEqualTo("La requête contient des valeurs invalides.");
        assertThat(page.selectFirst("[data-testid=error-fields]").text())
                .isEqualTo("la taille doit être comprise entre 0 et 100");
    }

    @Test
    void healthAndAssetsNeedNoToken() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/css/clientele-base.css")).andExpect(status().isOk());
        mvc.perform(get("/css/admin.css")).andExpect(status().isOk());
        mvc.perform(get("/js/clientele.js")).andExpect(status().isOk());
        mvc.perform(get("/clients")).andExpect(status().isUnauthorized());
    }

    private static java.util.List<String> cells(Element row) {
        // Every cell, empty ones too (eachText() skips them).
        return row.select("td").stream().map(Element::text).toList();
    }

    private static Map<String, String> params(LoggedRequest call) {
        String url = call.getUrl();
        if (!url.contains("?")) {
            return Map.of();
        }
        return Arrays.stream(url.substring(url.indexOf('?') + 1).split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : ""));
    }
}
