package ca.clientele.document.form;

import static ca.clientele.document.form.FormApi.HEALTH_FORM;
import static ca.clientele.document.form.FormApi.completeAnswers;
import static ca.clientele.document.form.FormApi.errors;
import static ca.clientele.document.form.FormApi.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Staff build forms in versions; what clients filled keeps the version they answered. */
@ServiceIntegrationTest
class FormLibraryIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    FormApi forms;
    ApiClient api;

    @BeforeEach
    void setUp() {
        forms = new FormApi(port, jwts);
        api = forms.api;
    }

    @Test
    void aNewFormIsADraftVersionOneWithItsWholeDefinition() {
        JsonNode created = forms.create(HEALTH_FORM);

        assertThat(created.get("version").asInt()).isEqualTo(1);
        assertThat(created.get("status").asString()).isEqualTo("DRAFT");
        assertThat(created.get("title").asString()).isEqualTo("Questionnaire santé de l'animal");
        assertThat(created.get("fields").size()).isEqualTo(8);
        assertThat(created.get("fields")
                        .get(4)
                        .get("options")
                        .get(1)
                        .get("labelEn")
                        .asString())
                .isEqualTo("Cat");
        assertThat(created.get("publishedVersion").isNull()).isTrue();

        JsonNode read = api.get("/api/forms/" + id(created), forms.staff, "en").json();
        assertThat(read.get("title").asString()).isEqualTo("Pet health questionnaire");
        JsonNode listed = StreamSupport.stream(
                        api.get("/api/forms", forms.staff).json().spliterator(), false)
                .filter(summary -> id(summary).equals(id(created)))
                .findFirst()
                .orElseThrow();
        assertThat(listed.get("status").asString()).isEqualTo("DRAFT");
        assertThat(listed.get("titleEn").asString()).isEqualTo("Pet health questionnaire");
    }

    @Test
    void editingAPublishedFormStartsANewVersionWhileSubmissionsKeepTheirs() {
        UUID alice = UUID.randomUUID();
        JsonNode v1 = forms.publishedAndAssigned(alice);
        assertThat(v1.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(v1.get("publishedVersion").asInt()).isEqualTo(1);
        JsonNode submitted = forms.submit(
                        v1, alice, forms.client(alice), completeAnswers("Minou", "Alice Tremblay"), null)
                .json();
        assertThat(submitted.get("formVersion").asInt()).isEqualTo(1);

        String edited = HEALTH_FORM
                .replace("Nom de l'animal", "Nom complet de l'animal")
                .replace("\"titleFr\":\"Questionnaire santé de l'animal\"", "\"titleFr\":\"Questionnaire santé 2027\"");
        JsonNode v2 = api.put("/api/forms/" + id(v1), forms.staff, withRowVersion(edited, v1))
                .json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("status").asString()).isEqualTo("DRAFT");
        assertThat(v2.get("publishedVersion").asInt()).isEqualTo(1);

        // A second edit of the draft changes version 2 in place.
        JsonNode v2again = api.put(
                        "/api/forms/" + id(v1), forms.staff, withRowVersion(edited.replace("2027", "2028"), v2))
                .json();
        assertThat(v2again.get("version").asInt()).isEqualTo(2);
        assertThat(v2again.get("titleFr").asString()).isEqualTo("Questionnaire santé 2028");

        // Clients still fill version 1 until version 2 is published.
        UUID bob = UUID.randomUUID();
        forms.assign(v1, bob);
        JsonNode toFill =
                api.get("/api/forms/to-fill?clientId=" + bob, forms.client(bob)).json();
        assertThat(toFill.get(0).get("formVersion").asInt()).isEqualTo(1);
        assertThat(toFill.get(0).get("title").asString()).isEqualTo("Questionnaire santé de l'animal");
        assertThat(api.get("/api/forms/" + id(v1) + "/versions/2", forms.client(bob))
                        .status())
                .isEqualTo(404);

        JsonNode published = forms.publish(v2again);
        assertThat(published.get("publishedVersion").asInt()).isEqualTo(2);
        assertThat(api.get("/api/forms/" + id(v1) + "/versions/2", forms.client(bob))
                        .json()
                        .get("fields")
                        .get(0)
                        .get("labelFr")
                        .asString())
                .isEqualTo("Nom complet de l'animal");

        // Alice's submission still shows the version she answered, labels included.
        JsonNode hers = api.get("/api/forms/submissions/" + id(submitted), forms.client(alice))
                .json();
        assertThat(hers.get("formVersion").asInt()).isEqualTo(1);
        assertThat(hers.get("title").asString()).isEqualTo("Questionnaire santé de l'animal");
        assertThat(hers.get("form").get("fields").get(0).get("labelFr").asString())
                .isEqualTo("Nom de l'animal");
        assertThat(api.get("/api/forms/" + id(v1) + "/versions/1", forms.client(alice))
                        .status())
                .isEqualTo(200);

        // A published version is frozen in the database too.
        assertThatThrownBy(() -> jdbc.sql("update form_version set definition = '{}' where form_id = ? and number = 1")
                        .param(UUID.fromString(id(v1)))
                        .update())
                .hasMessageContaining("published");
    }

    @Test
    void aStaleRowVersionIsAConflict() {
        JsonNode form = forms.create(HEALTH_FORM);
        assertThat(api.put("/api/forms/" + id(form), forms.staff, withRowVersion(HEALTH_FORM, form))
                        .status())
                .isEqualTo(200);

        ApiClient.Response stale = api.put("/api/forms/" + id(form), forms.staff, withRowVersion(HEALTH_FORM, form));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.post("/api/forms/" + id(form) + "/publish", forms.staff, "{\"rowVersion\":0}")
                        .status())
                .isEqualTo(409);

        ApiClient.Response missing = api.put("/api/forms/" + id(form), forms.staff, HEALTH_FORM);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errors(missing)).containsKey("rowVersion");
    }

    @Test
    void aDefinitionIsCheckedWithFieldPathsInFrenchAndEnglish() {
        String bad = """
                {"titleFr":"","titleEn":"Intake","fields":[
                  {"key":"pet","type":"SHORT_TEXT","labelFr":"Animal","labelEn":"Pet","required":true},
                  {"key":"pet","type":"SINGLE_CHOICE","labelFr":"Espèce","labelEn":"Species","required":true},
                  {"key":"age","type":"NUMBER","labelFr":"Âge","labelEn":"Age","required":false,
                   "options":[{"value":"x","labelFr":"X","labelEn":"X"}]},
                  {"key":"size","type":"MULTIPLE_CHOICE","labelFr":"Taille","labelEn":"Size","required":false,
                   "options":[{"value":"s","labelFr":"Petit","labelEn":"Small"},{"value":"s","labelFr":"P","labelEn":"S"}]}
                ]}""";
        ApiClient.Response beanValidation = api.send("POST", "/api/forms", forms.staff, bad, "en");
        assertThat(beanValidation.status()).isEqualTo(400);
        assertThat(errors(beanValidation)).containsOnlyKeys("titleFr");

        String fixedTitle = bad.replace("\"titleFr\":\"\"", "\"titleFr\":\"Accueil\"");
        ApiClient.Response fr = api.post("/api/forms", forms.staff, fixedTitle);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(errors(fr))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "fields[1].key", "Un autre champ utilise déjà la clé « pet ».",
                        "fields[1].options", "Un champ à choix a besoin d'au moins une option.",
                        "fields[2].options", "Seuls les champs à choix ont des options.",
                        "fields[3].options[1].value", "Une autre option utilise déjà la valeur « s »."));
        ApiClient.Response en = api.send("POST", "/api/forms", forms.staff, fixedTitle, "en");
        assertThat(errors(en)).containsEntry("fields[1].key", "Another field already uses the key \"pet\".");

        ApiClient.Response badKey =
                api.send("POST", "/api/forms", forms.staff, HEALTH_FORM.replace("\"petName\"", "\"pet name\""), "en");
        assertThat(errors(badKey)).containsOnlyKeys("fields[0].key");
        ApiClient.Response noFields = api.send(
                "POST", "/api/forms", forms.staff, "{\"titleFr\":\"A\",\"titleEn\":\"A\",\"fields\":[]}", "en");
        assertThat(errors(noFields)).containsOnlyKeys("fields");
        ApiClient.Response tooLong =
                api.post("/api/forms", forms.staff, HEALTH_FORM.replace("Espèce", "E".repeat(501)));
        assertThat(errors(tooLong)).containsOnlyKeys("fields[4].labelFr");
    }

    @Test
    void onlyStaffManageForms() {
        UUID alice = UUID.randomUUID();
        String client = forms.client(alice);
        assertThat(api.get("/api/forms", client).status()).isEqualTo(403);
        assertThat(api.post("/api/forms", client, HEALTH_FORM).status()).isEqualTo(403);
        JsonNode form = forms.create(HEALTH_FORM);
        assertThat(api.get("/api/forms/" + id(form), client).status()).isEqualTo(403);
        assertThat(api.post("/api/forms/" + id(form) + "/assignments", client, "{\"clientId\":\"" + alice + "\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/forms", null).status()).isEqualTo(401);
    }

    @Test
    void aFormIsOnlyAssignedOnceItIsPublished() {
        JsonNode draft = forms.create(HEALTH_FORM);
        ApiClient.Response refused = api.send(
                "POST",
                "/api/forms/" + id(draft) + "/assignments",
                forms.staff,
                "{\"clientId\":\"" + UUID.randomUUID() + "\"}",
                "en");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Publish the form before assigning it.");
    }

    @Test
    void aFormAvailableToAllIsToFillForEveryClientUntilTheySubmitIt() {
        JsonNode form = forms.publish(forms.create(HEALTH_FORM));
        UUID carol = UUID.randomUUID();
        assertThat(formIds(carol)).doesNotContain(id(form));
        assertThat(api.get("/api/forms/" + id(form) + "/versions/1", forms.client(carol))
                        .status())
                .isEqualTo(404);

        JsonNode available = api.put(
                        "/api/forms/" + id(form) + "/availability",
                        forms.staff,
                        "{\"availableToAll\":true,\"rowVersion\":" + form.get("rowVersion") + "}")
                .json();
        assertThat(available.get("availableToAll").asBoolean()).isTrue();
        assertThat(formIds(carol)).contains(id(form));
        assertThat(api.get("/api/forms/" + id(form) + "/versions/1", forms.client(carol))
                        .status())
                .isEqualTo(200);

        JsonNode draft = forms.saveDraft(form, carol, forms.client(carol), "{\"petName\":\"Rex\"}")
                .json();
        JsonNode entry = StreamSupport.stream(
                        api.get("/api/forms/to-fill?clientId=" + carol, forms.client(carol))
                                .json()
                                .spliterator(),
                        false)
                .filter(item -> item.get("formId").asString().equals(id(form)))
                .findFirst()
                .orElseThrow();
        assertThat(entry.get("draftSubmissionId").asString()).isEqualTo(id(draft));
        assertThat(entry.get("assignedAt").isNull()).isTrue();

        assertThat(forms.submit(form, carol, forms.client(carol), completeAnswers("Rex", "Carol Roy"), null)
                        .status())
                .isEqualTo(201);
        assertThat(formIds(carol)).doesNotContain(id(form));
    }

    private List<String> formIds(UUID clientId) {
        return StreamSupport.stream(
                        api.get("/api/forms/to-fill?clientId=" + clientId, forms.client(clientId))
                                .json()
                                .spliterator(),
                        false)
                .map(item -> item.get("formId").asString())
                .toList();
    }

    private static String withRowVersion(String body, JsonNode form) {
        return body.strip().replaceFirst("}$", ",\"rowVersion\":" + form.get("rowVersion") + "}");
    }
}
