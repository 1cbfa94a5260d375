package ca.clientele.adminportal;

import static ca.clientele.adminportal.Pages.BANNED;
import static ca.clientele.adminportal.Pages.BRANCHES;
import static ca.clientele.adminportal.Pages.CONSENTS;
import static ca.clientele.adminportal.Pages.EVENT_ID;
import static ca.clientele.adminportal.Pages.FRANCIS;
import static ca.clientele.adminportal.Pages.FRANCIS_ID;
import static ca.clientele.adminportal.Pages.MOKA_ID;
import static ca.clientele.adminportal.Pages.MOKA_VACCINATIONS;
import static ca.clientele.adminportal.Pages.MONTREAL_BRANCH;
import static ca.clientele.adminportal.Pages.NOT_FOUND;
import static ca.clientele.adminportal.Pages.PETS;
import static ca.clientele.adminportal.Pages.STAFF_TOKEN;
import static ca.clientele.adminportal.Pages.TIMELINE;
import static ca.clientele.adminportal.Pages.client;
import static ca.clientele.adminportal.Pages.get;
import static ca.clientele.adminportal.Pages.html;
import static ca.clientele.adminportal.Pages.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A client's page (sections of the seed, timeline from the event service) and an event's page. */
class ClientPageIT extends PortalIT {

    /** Every call of the page answered: record, timeline, branches, pets, consent history, documents and forms. */
    static void stubPage() {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/events", 200, TIMELINE);
        reply("GET", "/api/branches", 200, BRANCHES);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 200, PETS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets/" + MOKA_ID + "/vaccinations", 200, MOKA_VACCINATIONS);
        reply("GET", "/api/clients/" + FRANCIS_ID + "/consents", 200, CONSENTS);
        reply("GET", "/api/documents", 200, DocumentFixtures.DOCUMENTS);
        reply("GET", "/api/forms/submissions", 200, DocumentFixtures.SUBMISSIONS);
        reply("GET", "/api/forms/to-fill", 200, DocumentFixtures.TO_FILL);
        reply("GET", "/api/forms", 200, DocumentFixtures.FORMS);
        reply("GET", "/api/tickets", 200, TicketFixtures.PAGE);
        reply("GET", "/api/payments/credit/" + FRANCIS_ID, 200, BillingFixtures.CREDIT);
        reply("GET", "/api/orders", 200, BillingFixtures.ORDERS);
        reply("GET", "/api/payment-methods/clients/" + FRANCIS_ID, 200, "[]");
    }

    @Test
    void theClientPageShowsTheRecordAndTheLocalizedTimelineInMontrealTime() throws Exception {
        stubPage();

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "client-name").text()).isEqualTo("Francis Marceau");
        assertThat(testId(page, "client-first-name").text()).isEqualTo("Francis");
        assertThat(testId(page, "client-last-name").text()).isEqualTo("Marceau");
        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        // Stored E.164, shown as people in Quebec write it.
        assertThat(testId(page, "client-mobile-phone").text()).isEqualTo("514 555-0100");
        assertThat(testId(page, "client-status").text()).isEqualTo("actif");
        assertThat(testId(page, "client-created").text()).isEqualTo("2026-11-22 14:05");
        assertThat(page.select("section.card > h2").eachText())
                .containsExactly(
                        "1 - Informations générales",
                        "2 - Documents",
                        "3 - Suivi d'appel et Évènements",
                        "4 - Rendez-vous",
                        "5 - Options",
                        "6 - Facturation");
        assertThat(testId(page, "section-documents").text()).doesNotContain("Offert prochainement.");
        assertThat(testId(page, "section-appointments").text()).doesNotContain("Offert prochainement.");

        var entries = page.select("[data-testid=timeline-entry]");
        assertThat(entries).hasSize(1);
        Element entry = entries.getFirst();
        assertThat(entry.selectFirst(".timeline-title").text()).isEqualTo("Fiche client créée");
        assertThat(entry.selectFirst("time").text()).isEqualTo("2026-11-22 14:05");
        assertThat(entry.selectFirst("a").attr("href"))
                .isEqualTo("/admin/events/" + EVENT_ID + "?client=" + FRANCIS_ID);

        assertThat(allCalls())
                .extracting(PortalIT::path)
                .containsExactlyInAnyOrder(
                        "/api/clients/" + FRANCIS_ID,
                        "/api/events",
                        "/api/branches",
                        "/api/clients/" + FRANCIS_ID + "/pets",
                        "/api/clients/" + FRANCIS_ID + "/pets/" + MOKA_ID + "/vaccinations",
                        "/api/clients/" + FRANCIS_ID + "/consents",
                        "/api/documents",
                        "/api/forms/submissions",
                        "/api/forms/to-fill",
                        "/api/forms",
                        "/api/tickets",
                        "/api/bookings",
                        "/api/bookings",
                        "/api/bookings/report-cards",
                        "/api/payments/credit/" + FRANCIS_ID,
                        "/api/orders",
                        "/api/payment-methods/clients/" + FRANCIS_ID);
        assertThat(query(sent("GET", "/api/tickets"))).isEqualTo("clientId=" + FRANCIS_ID + "&page=0&size=10");
        assertThat(query(sent("GET", "/api/forms/submissions"))).isEqualTo("clientId=" + FRANCIS_ID);
        assertThat(query(sent("GET", "/api/clients/" + FRANCIS_ID + "/pets"))).isEqualTo("includeArchived=true");
        // Every category but security (the audit trail is shown when an administrator asks for it).
        assertThat(query(sent("GET", "/api/events")))
                .isEqualTo("clientId=" + FRANCIS_ID
                        + "&category=client&category=messages&category=appointments&category=billing"
                        + "&category=documents&category=notifications&page=0&size=20");
        assertThat(allCalls()).allSatisfy(call -> {
            assertThat(call.getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);
            assertThat(call.getHeader("Accept-Language")).isEqualTo("fr-CA");
        });
    }

    @Test
    void sectionOneShowsEveryEditFormFilledFromTheRecord() throws Exception {
        stubPage();

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element profile = testId(page, "form-profile");
        assertThat(profile.attr("hx-post")).isEqualTo("/admin/clients/" + FRANCIS_ID + "/profile");
        assertThat(profile.attr("action")).isEqualTo("/admin/clients/" + FRANCIS_ID + "/profile");
        assertThat(testId(profile, "profile-firstName").val()).isEqualTo("Francis");
        assertThat(testId(profile, "profile-mobilePhone").val()).isEqualTo("514 555-0100");
        assertThat(testId(profile, "profile-homePhone").val()).isEmpty();
        assertThat(testId(profile, "profile-preferredLanguage").select("option").eachText())
                .containsExactly("Français", "Anglais");
        assertThat(testId(profile, "profile-preferredLanguage")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("fr");
        assertThat(testId(profile, "profile-bio").text()).isEqualTo("Deux chats, Moka et Biscuit.");
        // Every record form sends the version it was shown with, under an id a later save updates.
        for (String form : new String[] {"profile", "email", "status", "general", "addresses", "options"}) {
            Element version = testId(page, "form-" + form).selectFirst("input[name=version]");
            assertThat(version.val()).as(form).isEqualTo("3");
            assertThat(version.id()).isEqualTo("version-" + form);
        }
        assertThat(testId(page, "email-email").val()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "form-email").text()).contains("Le client devra confirmer la nouvelle adresse");

        assertThat(testId(page, "status-status").select("option").eachAttr("value"))
                .containsExactly("ACTIVE", "INACTIVE", "SUSPENDED", "BANNED");
        assertThat(testId(page, "status-status").select("option").eachText())
                .containsExactly("actif", "inactif", "suspendu", "banni");
        assertThat(testId(page, "status-current").text()).isEqualTo("actif");
        assertThat(testId(page, "status-ban-warning").text())
                .contains("désactive son compte de connexion", "ferme toutes ses sessions");

        // The balance billing computes from the client's ledger.
        assertThat(testId(page, "client-credit-balance").text()).isEqualTo("Solde créditeur : 25,00 $");

        Element branch = testId(page, "general-preferredBranchId");
        assertThat(branch.select("option").eachText())
                .containsExactly("Aucune", "Montréal — Plateau", "Québec — Limoilou", "Laval (fermée)");
        assertThat(branch.selectFirst("option[selected]").val()).isEqualTo(MONTREAL_BRANCH);
        assertThat(testId(page, "general-discountPercent").val()).isEqualTo("10");
        assertThat(testId(page, "general-discountEndsOn").val()).isEqualTo("2027-01-31");
        assertThat(testId(page, "general-discountEndsOn").attr("type")).isEqualTo("date");
        assertThat(testId(page, "general-latitude").val()).isEqualTo("45,5101");
        assertThat(testId(page, "general-longitude").val()).isEqualTo("-73,5673");
        assertThat(testId(page, "general-notes").text()).isEqualTo("Préfère être appelé le matin.");
        assertThat(testId(page, "notes-staff-only").text()).isEqualTo("Visible au personnel seulement");

        assertThat(testId(page, "addresses-billingAddress-line1").val()).isEqualTo("123 rue Saint-Denis");
        assertThat(testId(page, "addresses-billingAddress-postalCode").val()).isEqualTo("H2X 1K4");
        assertThat(testId(page, "addresses-shippingAddress-line1").val()).isEmpty();
        Element province = testId(page, "addresses-shippingAddress-province");
        assertThat(province.select("option").eachAttr("value"))
                .startsWith("QC", "AB")
                .hasSize(13);
        assertThat(province.selectFirst("option[selected]").text()).isEqualTo("Québec");

        assertThat(testId(page, "invitation").text())
                .contains("Le client recevra à francis.marceau@exemple.ca un lien pour choisir son mot de passe");
        assertThat(testId(page, "invitation-send").text()).isEqualTo("Envoyer une invitation");
        assertThat(testId(page, "invitation").selectFirst("form").attr("hx-post"))
                .isEqualTo("/admin/clients/" + FRANCIS_ID + "/invitation");
    }

    @Test
    void thePetsAreListedWithTheirFactsAnEditLinkAndTheArchivedOnesApart() throws Exception {
        stubPage();

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        var pets = page.select("[data-testid=pet]");
        assertThat(pets).hasSize(1);
        Element moka = pets.getFirst();
        assertThat(moka.attr("data-pet-id")).isEqualTo(MOKA_ID);
        assertThat(testId(moka, "pet-title").text()).isEqualTo("Moka");
        assertThat(testId(moka, "pet-facts").text()).isEqualTo("Chat Siamois Femelle 4,2 kg né(e) le 2021-04-02");
        // One form at a time: "Modifier" opens Moka's, in place with htmx, on the page without.
        Element edit = testId(moka, "pet-edit");
        assertThat(edit.attr("href")).isEqualTo("/admin/clients/" + FRANCIS_ID + "?pet=" + MOKA_ID + "#pet-" + MOKA_ID);
        assertThat(edit.attr("hx-get")).isEqualTo("/admin/clients/" + FRANCIS_ID + "/pets?pet=" + MOKA_ID);
        assertThat(moka.select("[data-testid=form-pet]")).isEmpty();
        assertThat(testId(moka, "pet-archive-form").attr("hx-confirm")).startsWith("Archiver Moka ?");
        Element add = testId(testId(page, "pet-add"), "form-pet");
        assertThat(add.attr("hx-post")).isEqualTo("/admin/clients/" + FRANCIS_ID + "/pets");
        assertThat(testId(add, "pet-new-name").id()).isEqualTo("pet-new-name");
        assertThat(testId(add, "pet-new-species")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("DOG");
        assertThat(testId(page, "pet-add").hasAttr("open")).isFalse();
        assertThat(testId(page, "pet-archived").text()).isEqualTo("Biscuit · Chien");
    }

    @Test
    void aPetsFormOpensFilledFromItsRecord() throws Exception {
        stubPage();
        String form = "[data-testid=pet][data-pet-id=" + MOKA_ID + "] [data-testid=form-pet]";
        String prefix = "pet-" + MOKA_ID + "-";

        // With htmx: the pets block only; without JavaScript: the whole page, the form open.
        Document block = html(mvc.perform(get("/clients/" + FRANCIS_ID + "/pets")
                        .queryParam("pet", MOKA_ID)
                        .header("HX-Request", "true")
                        .with(staff()))
                .andExpect(status().isOk())
                .andReturn());
        Document page = html(mvc.perform(
                        get("/clients/" + FRANCIS_ID).queryParam("pet", MOKA_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(block.selectFirst("#pets")).isNotNull();
        assertThat(block.select("header")).isEmpty();
        assertThat(page.select(form)).hasSize(1);
        Element edit = block.selectFirst(form);
        assertThat(edit.attr("hx-post")).isEqualTo("/admin/clients/" + FRANCIS_ID + "/pets/" + MOKA_ID);
        assertThat(testId(edit, prefix + "name").val()).isEqualTo("Moka");
        assertThat(testId(edit, prefix + "species").select("option").eachText())
                .containsExactly("Chien", "Chat", "Lapin", "Oiseau", "Autre");
        assertThat(testId(edit, prefix + "species")
                        .selectFirst("option[selected]")
                        .val())
                .isEqualTo("CAT");
        assertThat(testId(edit, prefix + "sex").select("option").eachText())
                .containsExactly("Mâle", "Femelle", "Inconnu");
        assertThat(testId(edit, prefix + "neutered")
                        .selectFirst("option[selected]")
                        .text())
                .isEqualTo("Oui");
        assertThat(testId(edit, prefix + "weightKg").val()).isEqualTo("4,2");
        assertThat(testId(edit, prefix + "veterinarianPhone").val()).isEqualTo("514 555-0199");
        assertThat(testId(edit, prefix + "medicalNotes").text()).isEqualTo("Allergie au poulet.");
        assertThat(edit.selectFirst("input[name=version]").val()).isEqualTo("2");
        assertThat(edit.selectFirst("input[name=photoReference]").val()).isEqualTo("doc-123");
    }

    @Test
    void sectionFiveShowsTheOptionsTheTwoFactorStateAndTheConsentHistory() throws Exception {
        stubPage();
        reply(
                "GET",
                "/api/clients/" + FRANCIS_ID,
                200,
                FRANCIS.replace(
                        "\"twoFactor\":false,\"twoFactorState\":\"OFF\"",
                        "\"twoFactor\":true,\"twoFactorState\":\"PENDING\""));

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        Element options = testId(page, "form-options");
        assertThat(testId(options, "options-newsletter").hasAttr("checked")).isTrue();
        assertThat(testId(options, "options-sms").hasAttr("checked")).isFalse();
        assertThat(testId(options, "options-twoFactor").hasAttr("checked")).isTrue();
        assertThat(options.select("label").eachText())
                .containsExactly("Recevoir les infolettres", "Recevoir des SMS", "Authentification à deux facteurs");
        assertThat(testId(options, "options-two-factor-state").text())
                .isEqualTo("En attente d'inscription à la prochaine connexion");
        assertThat(testId(options, "options-two-factor-state").attr("data-state"))
                .isEqualTo("PENDING");

        var rows = page.select("[data-testid=consent-row]");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText())
                .containsExactly("Infolettres", "Activée", "2026-11-23 09:00", "Le client", "Espace client");
        assertThat(rows.get(1).select("td").eachText())
                .containsExactly("SMS", "Désactivée", "2026-07-01 12:30", "Le personnel", "Portail du personnel");
    }

    @Test
    void eachTwoFactorStateHasItsLabel() throws Exception {
        for (var state : java.util.Map.of(
                        "ON", "Activée", "OFF", "Désactivée", "UNKNOWN", "Inconnue", "NEW_STATE", "Inconnue")
                .entrySet()) {
            stubPage();
            reply(
                    "GET",
                    "/api/clients/" + FRANCIS_ID,
                    200,
                    FRANCIS.replace("\"twoFactorState\":\"OFF\"", "\"twoFactorState\":\"" + state.getKey() + "\""));

            Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                    .andExpect(status().isOk())
                    .andReturn());

            assertThat(testId(page, "options-two-factor-state").text())
                    .as(state.getKey())
                    .isEqualTo(state.getValue());
        }
    }

    @Test
    void aBannedClientShowsWhoBannedThemWhenAndWhy() throws Exception {
        stubPage();
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, BANNED);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "status-current").text()).isEqualTo("banni");
        assertThat(testId(page, "status-reason-current").text()).isEqualTo("Menaces envers une technicienne");
        assertThat(testId(page, "status-changed").text()).isEqualTo("par Cynthia Lemay le 2026-07-01 12:30");
        assertThat(testId(page, "client-status-badge").text()).isEqualTo("banni");
        assertThat(testId(page, "form-status")
                        .selectFirst("input[name=currentStatus]")
                        .val())
                .isEqualTo("BANNED");
    }

    @Test
    void whenBranchesPetsAndConsentsFailTheRecordIsStillEditable() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 200, FRANCIS);
        reply("GET", "/api/events", 200, TIMELINE);
        reply("GET", "/api/branches", 503, "{\"status\":503}");
        reply("GET", "/api/clients/" + FRANCIS_ID + "/pets", 500, "{}");
        reply("GET", "/api/clients/" + FRANCIS_ID + "/consents", 503, "{}");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "branches-unavailable").text())
                .isEqualTo(
                        "La liste des succursales est temporairement indisponible : la succursale préférée reste inchangée.");
        // Saving the rest of the form must not clear the branch nobody could see.
        assertThat(testId(page, "form-general")
                        .selectFirst("input[type=hidden][name=preferredBranchId]")
                        .val())
                .isEqualTo(MONTREAL_BRANCH);
        assertThat(testId(page, "pets-unavailable").text())
                .isEqualTo("Les animaux de ce client sont temporairement indisponibles.");
        assertThat(testId(page, "consent-unavailable").text())
                .isEqualTo("L'historique des consentements est temporairement indisponible.");
        assertThat(testId(page, "form-profile")).isNotNull();
    }

    @Test
    void inEnglishTheSectionsAndLabelsAreEnglishAndTheServiceIsAskedInEnglish() throws Exception {
        stubPage();
        reply("GET", "/api/events", 200, TIMELINE.replace("Fiche client créée", "Client record created"));

        Document page = html(mvc.perform(
                        get("/clients/" + FRANCIS_ID).queryParam("lang", "en").with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("section.card > h2").eachText()).first().isEqualTo("1 - General information");
        assertThat(testId(page, "client-status").text()).isEqualTo("active");
        assertThat(page.selectFirst(".timeline-title").text()).isEqualTo("Client record created");
        assertThat(testId(page, "client-credit-balance").text()).isEqualTo("Credit balance: $25.00");
        assertThat(testId(page, "notes-staff-only").text()).isEqualTo("Visible to staff only");
        assertThat(testId(page, "status-status").select("option").eachText())
                .containsExactly("active", "inactive", "suspended", "banned");
        assertThat(testId(page, "options-two-factor-state").text()).isEqualTo("Off");
        assertThat(page.select("[data-testid=consent-row]").first().select("td").eachText())
                .containsExactly("Newsletters", "On", "2026-11-23 09:00", "The client", "Client portal");
        assertThat(testId(page, "pet-facts").text()).isEqualTo("Cat Siamois Female 4.2 kg born on 2021-04-02");
        assertThat(testId(page, "general-latitude").val()).isEqualTo("45.5101");
        assertThat(allCalls())
                .extracting(call -> call.getHeader("Accept-Language"))
                .containsOnly("en-CA");
    }

    @Test
    void aClientWithoutEventsSaysSo() throws Exception {
        stubPage();
        reply("GET", "/api/events", 200, """
                {"content":[],"page":{"number":0,"size":20,"totalElements":0,"totalPages":0}}
                """);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "timeline-empty").text()).isEqualTo("Aucun évènement pour ce client pour l'instant.");
    }

    @Test
    void whenTheEventServiceIsDownTheRecordIsStillShown() throws Exception {
        stubPage();
        reply("GET", "/api/events", 500, "{\"status\":500}");

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(testId(page, "client-email").text()).isEqualTo("francis.marceau@exemple.ca");
        assertThat(testId(page, "timeline-unavailable").text())
                .isEqualTo("Les évènements de ce client sont temporairement indisponibles.");
    }

    @Test
    void anUnknownClientIsAFriendlyNotFound() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 404, NOT_FOUND);

        Document page = html(mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
        mvc.perform(get("/clients/pas-un-identifiant").with(staff())).andExpect(status().isNotFound());
    }

    @Test
    void aFailingRegistryIsTheUnavailablePage() throws Exception {
        reply("GET", "/api/clients/" + FRANCIS_ID, 500, "{\"detail\":\"NullPointerException\"}");

        var result = mvc.perform(get("/clients/" + FRANCIS_ID).with(staff()))
                .andExpect(status().isServiceUnavailable())
                .andReturn();

        assertThat(html(result).selectFirst("h1").text()).isEqualTo("Service temporairement indisponible");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("NullPointerException", "at org.");
    }

    @Test
    void anEventPageShowsTypeSourceTimeAndData() throws Exception {
        String event = TIMELINE.substring(TIMELINE.indexOf("{\"id\""), TIMELINE.indexOf("}]")) + "}";
        reply("GET", "/api/events/" + EVENT_ID, 200, event);

        Document page = html(
                mvc.perform(get("/events/" + EVENT_ID + "?client=" + FRANCIS_ID).with(staff()))
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
        assertThat(allCalls().getFirst().getHeader("Authorization")).isEqualTo("Bearer " + STAFF_TOKEN);
    }

    @Test
    void anUnknownEventIsAFriendlyNotFound() throws Exception {
        reply("GET", "/api/events/inconnu", 404, NOT_FOUND);

        Document page = html(mvc.perform(get("/events/inconnu").with(staff()))
                .andExpect(status().isNotFound())
                .andReturn());

        assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void clientsCannotOpenAClientPage() throws Exception {
        mvc.perform(get("/clients/" + FRANCIS_ID).with(client())).andExpect(status().isForbidden());
        mvc.perform(get("/events/" + EVENT_ID).with(client())).andExpect(status().isForbidden());
        assertThat(allCalls()).isEmpty();
    }
}
