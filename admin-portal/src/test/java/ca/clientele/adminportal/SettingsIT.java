package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.CONFLICT;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.invalid;
import static ca.clientele.adminportal.Pages.post;
import static ca.clientele.adminportal.Pages.staff;
import static ca.clientele.adminportal.TicketFixtures.CANNED;
import static ca.clientele.adminportal.TicketFixtures.CANNED_ID;
import static ca.clientele.adminportal.TicketFixtures.CATEGORIES;
import static ca.clientele.adminportal.TicketFixtures.NAILS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Configuration for staff: ticket categories, service options and canned replies (fr/en). */
class SettingsIT extends PortalIT {

    static final String OPTIONS = """
            [{"id":"f5000000-0000-4000-8000-000000000001","code":"visites","label":"Visites à domicile",
              "labelFr":"Visites à domicile","labelEn":"Home visits","active":true,"version":0}]""";

    @Test
    void theCategoriesAreListedWithRetiredOnesAndCanBeAdded() throws Exception {
        reply("GET", "/api/tickets/categories", 200, CATEGORIES);
        reply("POST", "/api/tickets/categories", 201, CATEGORIES.substring(1, CATEGORIES.indexOf('}') + 1));

        Document page = html(mvc.perform(get("/settings/categories").with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(query(sent("GET", "/api/tickets/categories"))).isEqualTo("includeInactive=true");
        assertThat(page.select("[data-testid=choice-row]").eachAttr("data-code"))
                .containsExactly("general", "taille-griffes", "ancienne");
        assertThat(page.select("[data-testid=choice-active]").eachText())
                .containsExactly("Offerte", "Offerte", "Retirée");
        assertThat(testId(page, "settings-tab-categories").attr("aria-current")).isEqualTo("page");

        mvc.perform(typed(
                        post("/settings/categories").with(staff()),
                        "code=bain",
                        "labelFr=Bain",
                        "labelEn=Bath",
                        "_active=on",
                        "version=0"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/settings/categories?done=added"));
        assertThat(sentJson("POST", "/api/tickets/categories"))
                .isEqualTo(json("{\"code\":\"bain\",\"labelFr\":\"Bain\",\"labelEn\":\"Bath\"}"));
    }

    @Test
    void aNewCategoryWithoutCodeOrWithABadOneIsRefusedNextToItsInput() throws Exception {
        reply("GET", "/api/tickets/categories", 200, CATEGORIES);

        Document missing =
                submit(post("/settings/categories").with(staff()), 400, "labelFr=Bain", "labelEn=Bath", "version=0");
        Document wrong = submit(
                post("/settings/categories").queryParam("lang", "en").with(staff()),
                400,
                "code=Bain Moussant",
                "labelFr=",
                "labelEn=Bath",
                "version=0");

        assertRefusedBeforeSending(
                missing, "choice-new-code", "Ce champ est obligatoire.", "POST", "/api/tickets/categories");
        assertThat(fieldError(wrong, "choice-new-code"))
                .isEqualTo("Enter 2 to 40 characters: lower-case letters, digits and hyphens, starting with a letter.");
        assertThat(fieldError(wrong, "choice-new-labelFr")).isEqualTo("This field is required.");
    }

    @Test
    void aServiceOptionIsRelabelledOrRetiredWithItsVersion() throws Exception {
        String id = "f5000000-0000-4000-8000-000000000001";
        reply("GET", "/api/tickets/service-options", 200, OPTIONS);
        reply("PUT", "/api/tickets/service-options/" + id, 200, OPTIONS.substring(1, OPTIONS.length() - 1));

        Document page = html(mvc.perform(get("/settings/service-options/" + id).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(testId(page, "choice-labelEn").val()).isEqualTo("Home visits");
        assertThat(testId(page, "choice-active").hasAttr("checked")).isTrue();

        mvc.perform(typed(
                        post("/settings/service-options/" + id).with(staff()),
                        "labelFr=Visites à domicile",
                        "labelEn=Home visits",
                        "_active=on",
                        "version=0"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/settings/service-options?done=saved"));
        assertThat(sentJson("PUT", "/api/tickets/service-options/" + id))
                .isEqualTo(
                        json(
                                "{\"labelFr\":\"Visites à domicile\",\"labelEn\":\"Home visits\",\"active\":false,\"version\":0}"));

        reply("PUT", "/api/tickets/service-options/" + id, 409, CONFLICT);
        Document conflict = submit(
                post("/settings/service-options/" + id).with(staff()),
                409,
                "labelFr=Visites",
                "labelEn=Visits",
                "active=true",
                "version=0");
        assertThat(testId(conflict, "conflict-message")).isNotNull();
        assertThat(testId(conflict, "choice-labelFr").val()).isEqualTo("Visites");
    }

    @Test
    void cannedRepliesAreWrittenInBothLanguagesEditedAndRetired() throws Exception {
        reply("GET", "/api/tickets/canned-replies", 200, CANNED);
        reply("POST", "/api/tickets/canned-replies", 201, CANNED.substring(1, CANNED.length() - 1));
        reply("PUT", "/api/tickets/canned-replies/" + CANNED_ID, 400, invalid("bodyEn", "The text is empty."));
        reply("DELETE", "/api/tickets/canned-replies/" + CANNED_ID, 204, "");

        Document list =
                html(mvc.perform(get("/settings/canned-replies").with(staff())).andReturn());
        assertThat(testId(list, "canned-title-fr").text()).isEqualTo("Rendez-vous confirmé");
        assertThat(testId(list, "canned-edit").attr("href")).isEqualTo("/admin/settings/canned-replies/" + CANNED_ID);

        mvc.perform(typed(
                        post("/settings/canned-replies").with(staff()),
                        "titleFr=Merci",
                        "titleEn=Thanks",
                        "bodyFr=<p>Merci!</p>",
                        "bodyEn=<p>Thanks!</p>",
                        "version=0"))
                .andExpect(status().isSeeOther());
        assertThat(sentJson("POST", "/api/tickets/canned-replies"))
                .isEqualTo(
                        json(
                                "{\"titleFr\":\"Merci\",\"titleEn\":\"Thanks\",\"bodyFr\":\"<p>Merci!</p>\",\"bodyEn\":\"<p>Thanks!</p>\",\"version\":0}"));

        Document refused = submit(
                post("/settings/canned-replies/" + CANNED_ID).with(staff()),
                400,
                "titleFr=Merci",
                "titleEn=Thanks",
                "bodyFr=<p>Merci!</p>",
                "bodyEn=<p><br></p>",
                "version=3");
        assertThat(fieldError(refused, "canned-bodyEn")).isEqualTo("The text is empty.");
        assertThat(sentJson("PUT", "/api/tickets/canned-replies/" + CANNED_ID)
                        .get("version")
                        .asLong())
                .isEqualTo(3);
        assertThat(refused.selectFirst("[data-rich-editor] textarea[name=bodyFr]"))
                .isNotNull();

        mvc.perform(typed(
                        post("/settings/canned-replies/" + CANNED_ID + "/delete")
                                .with(staff()),
                        "version=3"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/settings/canned-replies?done=deleted"));
        assertThat(query(sent("DELETE", "/api/tickets/canned-replies/" + CANNED_ID)))
                .isEqualTo("version=3");
    }

    @Test
    void theConfigurationIsInTheMenuAndAnUnknownListIsNotFound() throws Exception {
        reply("GET", "/api/tickets/categories", 200, NAILS.isEmpty() ? "[]" : CATEGORIES);

        Document page = html(
                mvc.perform(get("/settings/categories").queryParam("lang", "en").with(staff()))
                        .andReturn());

        assertThat(testId(page, "menu-settings").text()).isEqualTo("Settings");
        assertThat(page.select("[data-testid^=settings-tab-]").eachText())
                .containsExactly("Ticket categories", "Desired service(s)", "Canned replies");
        mvc.perform(get("/settings/unknown").with(staff())).andExpect(status().isNotFound());
    }
}
