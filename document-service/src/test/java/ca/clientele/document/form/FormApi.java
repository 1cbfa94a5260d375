package ca.clientele.document.form;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.TestJwts;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** The forms API as the tests call it: staff build and hand out forms, clients fill them. */
final class FormApi {

    /** A pet health questionnaire with one field of every type. */
    static final String HEALTH_FORM = """
            {"titleFr":"Questionnaire santé de l'animal","titleEn":"Pet health questionnaire",
             "descriptionFr":"À remplir avant la première visite.","descriptionEn":"Fill in before the first visit.",
             "fields":[
              {"key":"petName","type":"SHORT_TEXT","labelFr":"Nom de l'animal","labelEn":"Pet's name","required":true},
              {"key":"notes","type":"LONG_TEXT","labelFr":"Remarques","labelEn":"Notes","helpFr":"Allergies, peurs…",
               "helpEn":"Allergies, fears…","required":false},
              {"key":"weight","type":"NUMBER","labelFr":"Poids (kg)","labelEn":"Weight (kg)","required":false},
              {"key":"lastVisit","type":"DATE","labelFr":"Dernière visite chez le vétérinaire",
               "labelEn":"Last veterinary visit","required":false},
              {"key":"species","type":"SINGLE_CHOICE","labelFr":"Espèce","labelEn":"Species","required":true,
               "options":[{"value":"dog","labelFr":"Chien","labelEn":"Dog"},{"value":"cat","labelFr":"Chat","labelEn":"Cat"}]},
              {"key":"care","type":"MULTIPLE_CHOICE","labelFr":"Soins souhaités","labelEn":"Care wanted","required":false,
               "options":[{"value":"nails","labelFr":"Taille des griffes","labelEn":"Nail trim"},
                          {"value":"teeth","labelFr":"Brossage des dents","labelEn":"Teeth brushing"},
                          {"value":"fur","labelFr":"Toilettage","labelEn":"Grooming"}]},
              {"key":"consent","type":"CHECKBOX","labelFr":"J'accepte les conditions de garde","labelEn":"I accept the care terms","required":true},
              {"key":"signature","type":"SIGNATURE","labelFr":"Signature (nom complet)","labelEn":"Signature (full name)","required":true}
             ]}
            """;

    final ApiClient api;
    final TestJwts jwts;
    final String staff;

    FormApi(int port, TestJwts jwts) {
        this.api = new ApiClient(port);
        this.jwts = jwts;
        this.staff = jwts.staff(UUID.randomUUID());
    }

    String client(UUID id) {
        return jwts.client(id, null, null, null);
    }

    JsonNode create(String body) {
        ApiClient.Response created = api.post("/api/forms", staff, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    JsonNode publish(JsonNode form) {
        ApiClient.Response published = api.post(
                "/api/forms/" + id(form) + "/publish", staff, "{\"rowVersion\":" + form.get("rowVersion") + "}");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return published.json();
    }

    /** A published health questionnaire assigned to the client. */
    JsonNode publishedAndAssigned(UUID clientId) {
        JsonNode form = publish(create(HEALTH_FORM));
        assign(form, clientId);
        return form;
    }

    JsonNode assign(JsonNode form, UUID clientId) {
        ApiClient.Response assigned =
                api.post("/api/forms/" + id(form) + "/assignments", staff, "{\"clientId\":\"" + clientId + "\"}");
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);
        return assigned.json();
    }

    ApiClient.Response submit(JsonNode form, UUID clientId, String token, String answers, String language) {
        return api.send(
                "POST",
                "/api/forms/" + id(form) + "/submissions?clientId=" + clientId,
                token,
                "{\"answers\":" + answers + "}",
                language);
    }

    ApiClient.Response saveDraft(JsonNode form, UUID clientId, String token, String answers) {
        return api.put(
                "/api/forms/" + id(form) + "/draft?clientId=" + clientId, token, "{\"answers\":" + answers + "}");
    }

    static String id(JsonNode node) {
        return node.get("id").asString();
    }

    /** A complete, valid set of answers to {@link #HEALTH_FORM}. */
    static String completeAnswers(String petName, String signer) {
        return """
                {"petName":"%s","notes":"Peur des aspirateurs.\\nAllergique au poulet.","weight":"4,5",
                 "lastVisit":"2026-09-14","species":"cat","care":["teeth","nails"],"consent":true,"signature":"%s"}
                """.formatted(petName, signer);
    }

    static Map<String, String> errors(ApiClient.Response response) {
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString()));
    }
}
