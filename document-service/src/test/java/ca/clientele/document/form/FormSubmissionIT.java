package ca.clientele.document.form;

import static ca.clientele.document.form.FormApi.completeAnswers;
import static ca.clientele.document.form.FormApi.errors;
import static ca.clientele.document.form.FormApi.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.document.storage.ContentStore;
import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/** Clients fill the forms meant for them: drafts, one immutable submission, answers encrypted at rest. */
@ServiceIntegrationTest
class FormSubmissionIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    ContentStore contents;

    FormApi forms;
    ApiClient api;
    UUID alice;
    String aliceToken;

    @BeforeEach
    void setUp() {
        forms = new FormApi(port, jwts);
        api = forms.api;
        alice = UUID.randomUUID();
        aliceToken = forms.client(alice);
    }

    @Test
    void aSubmissionKeepsNormalizedAnswersAndCannotChangeAfterwards() {
        JsonNode form = forms.publishedAndAssigned(alice);
        JsonNode draft = forms.saveDraft(form, alice, aliceToken, "{\"petName\":\"  Minou \",\"weight\":\"4,50\"}")
                .json();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("answers").get("petName").asString()).isEqualTo("Minou");

        ApiClient.Response submitted =
                forms.submit(form, alice, aliceToken, completeAnswers("Minou", "Alice Tremblay"), null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode submission = submitted.json();
        assertThat(id(submission)).as("the draft becomes the submission").isEqualTo(id(draft));
        assertThat(submission.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submission.get("submittedAt").isNull()).isFalse();
        JsonNode answers = submission.get("answers");
        assertThat(answers.get("weight").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(answers.get("care").toString()).isEqualTo("[\"nails\",\"teeth\"]");
        assertThat(answers.get("consent").asBoolean()).isTrue();
        assertThat(answers.get("signature").asString()).isEqualTo("Alice Tremblay");
        assertThat(answers.get("notes").asString()).isEqualTo("Peur des aspirateurs.\nAllergique au poulet.");

        ApiClient.Response change = forms.saveDraft(form, alice, aliceToken, "{\"petName\":\"Autre\"}");
        assertThat(change.status()).isEqualTo(422);
        assertThat(change.isProblem()).isTrue();
        assertThat(change.json().get("detail").asString()).contains("déjà été soumis");
        assertThat(forms.submit(form, alice, aliceToken, completeAnswers("Autre", "Alice"), "en")
                        .status())
                .isEqualTo(422);
        assertThatThrownBy(() -> jdbc.sql("update form_submission set form_version = 1, answers = answers where id = ?")
                        .param(UUID.fromString(id(submission)))
                        .update())
                .hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.sql("delete from form_submission where id = ?")
                        .param(UUID.fromString(id(submission)))
                        .update())
                .hasMessageContaining("cannot change");

        JsonNode listed =
                api.get("/api/forms/submissions?clientId=" + alice, forms.staff).json();
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.get(0).get("title").asString()).isEqualTo("Questionnaire santé de l'animal");
        assertThat(api.get("/api/forms/submissions/" + id(submission), forms.staff)
                        .json()
                        .get("answers")
                        .get("petName")
                        .asString())
                .isEqualTo("Minou");
    }

    @Test
    void theSubmittedFormIsAPdfAmongTheClientsDocuments() throws IOException {
        JsonNode form = forms.publishedAndAssigned(alice);
        JsonNode submission = forms.submit(
                        form, alice, aliceToken, completeAnswers("Minou <b>gras</b>", "Alice Tremblay"), null)
                .json();
        String documentId = submission.get("documentId").asString();

        JsonNode document = api.get("/api/documents/" + documentId, aliceToken).json();
        assertThat(document.get("purpose").asString()).isEqualTo("FORM_SUBMISSION");
        assertThat(document.get("visibility").asString()).isEqualTo("CLIENT_VISIBLE");
        assertThat(document.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(document.get("submissionId").asString()).isEqualTo(id(submission));
        assertThat(document.get("name").asString())
                .startsWith("Questionnaire santé de l'animal - ")
                .endsWith(".pdf");
        assertThat(api.get("/api/documents?clientId=" + alice, aliceToken).body())
                .contains(documentId);

        String text;
        try (InputStream pdf = contents.read(documentId, 0);
                PDDocument parsed = Loader.loadPDF(pdf.readAllBytes())) {
            text = new PDFTextStripper().getText(parsed);
        }
        assertThat(text)
                .contains("Questionnaire santé de l'animal")
                .contains("Minou <b>gras</b>")
                .contains("Chat")
                .contains("Alice Tremblay")
                .contains("Signé électroniquement le");
    }

    @Test
    void twoSubmissionsAtOnceMakeOneSubmissionAndOneDocument() {
        JsonNode form = forms.publishedAndAssigned(alice);
        List<CompletableFuture<Integer>> racing = Stream.of("Minou", "Pacha")
                .map(name -> CompletableFuture.supplyAsync(
                        () -> forms.submit(form, alice, aliceToken, completeAnswers(name, "Alice Tremblay"), null)
                                .status()))
                .toList();
        List<Integer> statuses =
                racing.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(statuses.getFirst()).isEqualTo(201);
        assertThat(statuses.getLast()).isIn(409, 422);
        assertThat(jdbc.sql("select count(*) from form_submission where client_id = ?")
                        .param(alice)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from document where client_id = ? and purpose = 'FORM_SUBMISSION'")
                        .param(alice)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aDraftSavedFromAnOlderPageIsAConflictAndKeepsTheNewerDraft() {
        JsonNode form = forms.publishedAndAssigned(alice);
        JsonNode first = forms.saveDraft(form, alice, aliceToken, "{\"petName\":\"Minou\"}")
                .json();
        long read = first.get("rowVersion").asLong();
        String path = "/api/forms/" + id(form) + "/draft?clientId=" + alice;

        // Tab 1 saves with the version it read; tab 2, still on that version, then saves too.
        ApiClient.Response tab1 =
                api.put(path, aliceToken, "{\"answers\":{\"petName\":\"Minette\"},\"rowVersion\":" + read + "}");
        assertThat(tab1.status()).as(tab1.body()).isEqualTo(200);
        assertThat(tab1.json().get("rowVersion").asLong()).isGreaterThan(read);
        ApiClient.Response tab2 =
                api.put(path, aliceToken, "{\"answers\":{\"petName\":\"Grisou\"},\"rowVersion\":" + read + "}");

        assertThat(tab2.status()).isEqualTo(409);
        assertThat(tab2.isProblem()).isTrue();
        assertThat(api.get("/api/forms/submissions/" + id(first), aliceToken)
                        .json()
                        .get("answers")
                        .get("petName")
                        .asString())
                .isEqualTo("Minette");
    }

    @Test
    void missingAndMistypedAnswersAreNamedInFrenchAndEnglish() {
        JsonNode form = forms.publishedAndAssigned(alice);
        String wrong = """
                {"weight":"lourd","lastVisit":"14/09/2026","species":"hamster","care":["nails","wings"],
                 "consent":false,"color":"gris"}""";

        ApiClient.Response fr = forms.submit(form, alice, aliceToken, wrong, null);
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(fr.json().get("detail").asString()).isEqualTo("Certains champs sont invalides.");
        assertThat(errors(fr))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "answers[color]", "Ce formulaire n'a pas ce champ.",
                        "answers[petName]", "Cette réponse est obligatoire.",
                        "answers[weight]", "Entrez un nombre (par exemple 4,5).",
                        "answers[lastVisit]", "Entrez une date (AAAA-MM-JJ).",
                        "answers[species]", "Choisissez parmi les options proposées.",
                        "answers[care]", "Choisissez parmi les options proposées.",
                        "answers[consent]", "Cochez cette case pour continuer.",
                        "answers[signature]", "Cette réponse est obligatoire."));

        ApiClient.Response en = forms.submit(form, alice, aliceToken, wrong, "en");
        assertThat(errors(en))
                .containsEntry("answers[petName]", "This answer is required.")
                .containsEntry("answers[consent]", "Tick this box to continue.")
                .containsEntry("answers[weight]", "Enter a number (for example 4.5).");

        // A draft checks types, not required answers.
        ApiClient.Response draft = forms.saveDraft(form, alice, aliceToken, "{\"weight\":\"lourd\"}");
        assertThat(errors(draft)).containsOnlyKeys("answers[weight]");
        assertThat(forms.saveDraft(form, alice, aliceToken, "{\"weight\":12}").status())
                .isEqualTo(200);

        ApiClient.Response tooLong =
                forms.submit(form, alice, aliceToken, completeAnswers("x".repeat(501), "Alice"), "en");
        assertThat(errors(tooLong)).containsExactly(Map.entry("answers[petName]", "At most 500 characters."));
        assertThat(api.get("/api/forms/submissions?clientId=" + alice, aliceToken)
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void aClientOnlyFillsFormsMeantForThemAndOnlySeesTheirOwnSubmissions() {
        JsonNode form = forms.publishedAndAssigned(alice);
        UUID mallory = UUID.randomUUID();
        String malloryToken = forms.client(mallory);

        assertThat(forms.submit(form, mallory, malloryToken, completeAnswers("Rex", "Mallory"), null)
                        .status())
                .isEqualTo(404);
        assertThat(forms.saveDraft(form, mallory, malloryToken, "{}").status()).isEqualTo(404);
        assertThat(api.get("/api/forms/" + id(form) + "/versions/1", malloryToken)
                        .status())
                .isEqualTo(404);
        // Nor for someone else, through their id.
        assertThat(forms.submit(form, alice, malloryToken, completeAnswers("Rex", "Mallory"), null)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/forms/to-fill?clientId=" + alice, malloryToken).status())
                .isEqualTo(404);
        // A draft-only form is fillable by nobody.
        JsonNode draftOnly = forms.create(FormApi.HEALTH_FORM);
        assertThat(forms.submit(draftOnly, alice, aliceToken, completeAnswers("Minou", "Alice"), null)
                        .status())
                .isEqualTo(404);

        JsonNode hers = forms.submit(form, alice, aliceToken, completeAnswers("Minou", "Alice"), null)
                .json();
        ApiClient.Response probe = api.get("/api/forms/submissions/" + id(hers), malloryToken);
        assertThat(probe.status()).isEqualTo(404);
        assertThat(probe.body()).doesNotContain("Minou");
        assertThat(api.get("/api/forms/submissions?clientId=" + alice, malloryToken)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/forms/submissions/" + UUID.randomUUID(), aliceToken)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staffSeeSubmittedFormsButNotAClientsDrafts() {
        JsonNode form = forms.publishedAndAssigned(alice);
        JsonNode draft = forms.saveDraft(form, alice, aliceToken, "{\"petName\":\"Minou\"}")
                .json();
        assertThat(api.get("/api/forms/submissions?clientId=" + alice, forms.staff)
                        .json()
                        .size())
                .isZero();
        assertThat(api.get("/api/forms/submissions/" + id(draft), forms.staff).status())
                .isEqualTo(404);
        assertThat(api.get("/api/forms/submissions/" + id(draft), aliceToken).status())
                .isEqualTo(200);
    }

    @Test
    void answersAreEncryptedAtRestBoundToTheirRow() {
        JsonNode form = forms.publishedAndAssigned(alice);
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
        String petName = "Animalsecret" + tag;
        String signer = "Signataire" + tag;
        JsonNode submission = forms.submit(form, alice, aliceToken, completeAnswers(petName, signer), null)
                .json();

        byte[] raw = jdbc.sql("select answers from form_submission where id = ?")
                .param(UUID.fromString(id(submission)))
                .query(byte[].class)
                .single();
        String bytes = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain(petName).doesNotContain(signer).doesNotContain("Allergique");
        String dump = String.join(
                "\n",
                jdbc.sql("select t::text from form_submission t")
                        .query(String.class)
                        .list());
        assertThat(dump)
                .doesNotContain(petName)
                .doesNotContain(HexFormat.of().formatHex(petName.getBytes(StandardCharsets.UTF_8)));
        String outbox = String.join(
                "\n",
                jdbc.sql("select t::text from event_publication t")
                        .query(String.class)
                        .list());
        assertThat(outbox).doesNotContain(petName).doesNotContain(signer);

        // Moved to another row, the ciphertext no longer opens: the API still reads its own row.
        assertThat(api.get("/api/forms/submissions/" + id(submission), aliceToken)
                        .json()
                        .get("answers")
                        .get("petName")
                        .asString())
                .isEqualTo(petName);
    }

    @Test
    void assigningAndSubmittingPublishDocumentedEventsWithoutAnswers() {
        try (FormEvents events = new FormEvents(broker)) {
            JsonNode form = forms.publishedAndAssigned(alice);
            forms.assign(form, alice); // assigning again publishes nothing new
            JsonNode submission = forms.submit(
                            form, alice, aliceToken, completeAnswers("Minou", "Alice Tremblay"), null)
                    .json();

            JsonNode assigned = events.first(alice, "form-assigned");
            assertThat(assigned.get("subject").asString()).isEqualTo(alice.toString());
            assertThat(assigned.get("data").get("formId").asString()).isEqualTo(id(form));
            assertThat(assigned.get("data").get("formVersion").asInt()).isEqualTo(1);
            assertThat(assigned.get("data").get("title").asString()).isEqualTo("Questionnaire santé de l'animal");

            JsonNode submitted = events.first(alice, "form-submitted");
            assertThat(submitted.get("data").get("submissionId").asString()).isEqualTo(id(submission));
            assertThat(submitted.get("data").get("clientId").asString()).isEqualTo(alice.toString());
            assertThat(submitted.get("data").get("documentId").asString())
                    .isEqualTo(submission.get("documentId").asString());
            assertThat(submitted.toString()).doesNotContain("Minou").doesNotContain("Alice Tremblay");
            assertThat(events.await(alice, "form-assigned", 1)).hasSize(1);
        }
    }
}
