package ca.clientele.webportal;

import static ca.clientele.webportal.Pages.CLIENT_TOKEN;
import static ca.clientele.webportal.Pages.FRANCIS;
import static ca.clientele.webportal.Pages.NOT_FOUND;
import static ca.clientele.webportal.Pages.client;
import static ca.clientele.webportal.Pages.html;
import static ca.clientele.webportal.Pages.staff;
import static ca.clientele.webportal.Pages.testId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.clientele.webportal.RegistryStub.Received;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;

/**
 * The portal as the gateway reaches it (a relayed JWT) against a real HTTP stand-in for the
 * client registry: first-visit registration, what the page shows, the language switch, the
 * sidebar, logout, refusals and failures.
 */
class ClientPortalIT extends PortalIntegration {

    @Test
    void firstVisitRegistersTheClientAndShowsTheRegistryRecord() throws Exception {
        backend.reply("GET", "/api/clients/me", 404, NOT_FOUND);
        backend.reply("POST", "/api/clients/me", 201, FRANCIS);

        Document page = html(
                mvc.perform(get("/").with(client())).andExpect(status().isOk()).andReturn());

        // The registry's calls (the dashboard's cards call the other services; DashboardIT looks at those).
        assertThat(registryCalls())
                .extracting(Received::method, Received::path)
                .containsExactly(tuple("GET", "/api/clients/me"), tuple("POST", "/api/clients/me"));
        assertThat(testId(page, "welcome").text()).isEqualTo("Bienvenue Francis");
        assertThat(testId(page, "client-name").text()).isEqualTo("Francis Marceau");
        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "client-status").text()).isEqualTo("actif");
        assertThat(testId(page, "header-user").text()).isEqualTo("Francis Marceau");
        assertThat(testId(page, "avatar").text()).isEqualTo("FM");
        assertThat(text(testId(page, "dashboard-greeting")))
                .startsWith("Bonjour Francis Marceau (vous n'êtes pas Francis Marceau? Déconnexion).")
                .contains("Depuis le tableau de bord de votre compte, vous pouvez consulter vos commandes récentes");
        // The names and e-mail in the token are not what the page shows.
        assertThat(page.body().text()).doesNotContain("Jeton", "jeton@exemple.ca");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr-CA");
    }

    @Test
    void aReturningClientIsReadNotRegisteredAgain() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        Document page = html(
                mvc.perform(get("/").with(client())).andExpect(status().isOk()).andReturn());

        assertThat(registryCalls()).extracting(Received::method).containsExactly("GET");
        assertThat(testId(page, "welcome").text()).isEqualTo("Bienvenue Francis");
    }

    @Test
    void theUsersOwnTokenAndLanguageGoToTheRegistry() throws Exception {
        backend.reply("GET", "/api/clients/me", 404, NOT_FOUND);
        backend.reply("POST", "/api/clients/me", 201, FRANCIS);

        mvc.perform(get("/").with(client())).andExpect(status().isOk());

        assertThat(registryCalls()).hasSize(2);
        assertThat(backend.received()).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + CLIENT_TOKEN);
            assertThat(call.acceptLanguage()).isEqualTo("fr-CA");
        });
    }

    @Test
    void aFirstVisitInEnglishRegistersTheClientInEnglish() throws Exception {
        backend.reply("GET", "/api/clients/me", 404, NOT_FOUND);
        backend.reply("POST", "/api/clients/me", 201, FRANCIS);

        mvc.perform(get("/").cookie(new Cookie("clientele-lang", "en-CA")).with(client()))
                .andExpect(status().isOk());

        // The registry makes the portal's language the new record's preferred language (ADR 0029).
        assertThat(backend.received())
                .filteredOn(call -> call.method().equals("POST"))
                .singleElement()
                .satisfies(call -> assertThat(call.acceptLanguage()).isEqualTo("en-CA"));
    }

    @Test
    void theEnglishSwitchTranslatesThePageRemembersTheChoiceAndTellsTheServices() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        Document english = html(mvc.perform(get("/").param("lang", "en").with(client()))
                .andExpect(status().isOk())
                .andExpect(cookie().value("clientele-lang", "en-CA"))
                .andReturn());

        assertThat(testId(english, "welcome").text()).isEqualTo("Welcome Francis");
        assertThat(english.selectFirst(".brand").text()).isEqualTo("My account");
        assertThat(text(testId(english, "dashboard-greeting")))
                .startsWith("Hello Francis Marceau (not Francis Marceau? Log out).");
        assertThat(testId(english, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(backend.received()).extracting(Received::acceptLanguage).containsOnly("en-CA");

        // The cookie keeps English on the next page, without the parameter.
        Document next = html(mvc.perform(get("/adresses")
                        .cookie(new Cookie("clientele-lang", "en-CA"))
                        .with(client()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(next, "section-title").text()).isEqualTo("Addresses");
    }

    @Test
    void theLanguageLinksStayOnTheCurrentPage() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        Document page =
                html(mvc.perform(get("/adresses").queryParam("lang", "en").with(client()))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(testId(page, "lang-fr").attr("href")).isEqualTo("/adresses?lang=fr");
        assertThat(testId(page, "lang-en").attr("href")).isEqualTo("/adresses?lang=en");
    }

    @Test
    void theSidebarListsTheSeedsEntriesInOrder() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        Document page = html(
                mvc.perform(get("/").with(client())).andExpect(status().isOk()).andReturn());

        Element sidebar = testId(page, "sidebar");
        assertThat(sidebar.select(".sidenav li").eachText())
                .containsExactly(
                        "Mes messages",
                        "Tableau de bord",
                        "Rendez-vous confirmés",
                        "Adresses",
                        "Modes de paiement",
                        "Détails du compte",
                        "Mes documents",
                        "Boutique",
                        "Services & Disponibilités",
                        "Déconnexion");
        assertThat(sidebar.select(".sidenav a").eachAttr("href"))
                .containsExactly(
                        "/messages",
                        "/",
                        "/rendez-vous",
                        "/adresses",
                        "/paiements",
                        "/compte",
                        "/documents",
                        "/boutique",
                        "/services");
        assertThat(testId(page, "nav-dashboard").attr("aria-current")).isEqualTo("page");
        assertThat(testId(page, "sidebar-client-name").text()).isEqualTo("Francis Marceau");
        // Déconnexion in the sidebar submits the same logout form as the header button.
        assertThat(testId(page, "nav-logout").attr("form")).isEqualTo("logout-form");
    }

    @Test
    void theLogoutFormPostsToTheGatewayWithItsCsrfToken() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        Document page = html(mvc.perform(get("/").cookie(new Cookie("XSRF-TOKEN", "4f1c-csrf-token"))
                        .with(client()))
                .andExpect(status().isOk())
                .andReturn());

        Element form = page.getElementById("logout-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/logout");
        assertThat(form.selectFirst("input[name=_csrf]").val()).isEqualTo("4f1c-csrf-token");
        assertThat(form.selectFirst("[data-testid=logout]").text()).isEqualTo("Déconnexion");
        // htmx comes from its webjar (versioned URL), never from a CDN; the kit's scripts from the portal.
        var scripts = page.select("script").eachAttr("src");
        assertThat(scripts).hasSize(4).endsWith("/js/clientele.js", "/js/rich-editor.js", "/js/menus.js");
        mvc.perform(get("/js/rich-editor.js")).andExpect(status().isOk());
        assertThat(scripts.getFirst()).matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js");
        mvc.perform(get(scripts.getFirst())).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SUSPENDED | fr | Votre compte est suspendu. Vous pouvez toujours consulter et modifier les détails de votre compte",
                "INACTIVE  | fr | Votre compte est inactif. Vous pouvez toujours consulter et modifier les détails de votre compte",
                "SUSPENDED | en | Your account is suspended. You can still view and edit your account details"
            })
    void aSuspendedOrInactiveClientIsToldOnTheDashboardAndKeepsTheirAccount(String status, String lang, String notice)
            throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS.replace("\"ACTIVE\"", "\"" + status + "\""));

        Document page = page(get("/").param("lang", lang), HttpStatus.OK);

        assertThat(testId(page, "status-notice").text()).startsWith(notice);
        assertThat(testId(page, "status-notice").attr("data-status")).isEqualTo(status);
        // Their account details stay theirs to read and edit.
        assertThat(testId(page, "nav-account").attr("href")).isEqualTo("/compte");
    }

    @Test
    void anActiveClientSeesNoStatusNotice() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        assertThat(page(get("/"), HttpStatus.OK).select("[data-testid=status-notice]"))
                .isEmpty();
    }

    @Test
    void aSignedInUserWithoutTheClientRoleGetsAFriendlyRefusal() throws Exception {
        Document page = html(mvc.perform(get("/").with(staff()))
                .andExpect(status().isForbidden())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Accès refusé");
        assertThat(testId(page, "staff-portal-link").attr("href")).isEqualTo("/admin/");
        assertThat(page.select("[data-testid=sidebar]")).isEmpty();
        assertThat(backend.received()).isEmpty();

        Document english = html(mvc.perform(get("/compte").param("lang", "en").with(staff()))
                .andExpect(status().isForbidden())
                .andReturn());
        assertThat(english.selectFirst("h1").text()).isEqualTo("Access denied");
    }

    @Test
    void aFailingRegistryShowsTheUnavailablePageWithoutInternals() throws Exception {
        backend.reply("GET", "/api/clients/me", 500, """
                {"title":"Internal Server Error","status":500,"detail":"java.lang.IllegalStateException at ca.clientele"}
                """);

        var result = mvc.perform(get("/").with(client()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        Document page = html(result);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Service temporairement indisponible");
        assertThat(result.getResponse().getContentAsString())
                .doesNotContain("Exception", "at org.", "at ca.clientele", "Internal Server Error");
        // The way out still works.
        assertThat(testId(page, "logout")).isNotNull();
    }

    @Test
    void aRefusalFromTheRegistryShowsItsOwnMessage() throws Exception {
        backend.reply("GET", "/api/clients/me", 404, NOT_FOUND);
        backend.reply("POST", "/api/clients/me", 422, """
                {"title":"Règle","status":422,"detail":"Votre compte doit avoir une adresse courriel vérifiée.",
                 "errors":[{"field":"email","message":"L'adresse courriel est obligatoire."}]}
                """);

        Document page = html(mvc.perform(get("/").with(client()))
                .andExpect(status().isUnprocessableContent())
                .andReturn());

        assertThat(testId(page, "error-detail").text())
                .isEqualTo("Votre compte doit avoir une adresse courriel vérifiée.");
        assertThat(testId(page, "error-fields").text()).isEqualTo("L'adresse courriel est obligatoire.");
    }

    @Test
    void anUnknownPageIsAFriendlyNotFound() throws Exception {
        Document page = html(mvc.perform(get("/nulle-part").with(client()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void withoutATokenNothingIsServed() throws Exception {
        mvc.perform(get("/")).andExpect(status().isUnauthorized());
        assertThat(backend.received()).isEmpty();
    }

    @Test
    void assetsAndHealthAreServedWithoutAToken() throws Exception {
        mvc.perform(get("/css/clientele-base.css")).andExpect(status().isOk());
        mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
        mvc.perform(get("/js/clientele.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void pagesForbidForeignScriptsAndFraming() throws Exception {
        backend.reply("GET", "/api/clients/me", 200, FRANCIS);

        mvc.perform(get("/").with(client()))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    private static java.util.List<Received> registryCalls() {
        return backend.received().stream()
                .filter(call -> call.path().startsWith("/api/clients"))
                .toList();
    }

    /** The text as a browser's textContent reads it, whitespace collapsed. */
    private static String text(Element element) {
        return element.wholeText().replaceAll("\\s+", " ").strip();
    }
}
