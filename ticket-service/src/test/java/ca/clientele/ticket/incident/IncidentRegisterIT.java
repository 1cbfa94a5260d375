package ca.clientele.ticket.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.platform.testing.ApiClient;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@ServiceIntegrationTest
class IncidentRegisterIT {

    static final String PATH = "/api/incidents";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Montreal"));

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncidentRegister register;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EmbeddedKafkaBroker broker;

    ApiClient api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        admin = jwts.admin(UUID.randomUUID());
    }

    /** What an INCIDENT call does to the register, without the ticket code: the register's own entry point. */
    JsonNode open(UUID clientId, LocalDate learnedOn) {
        UUID ticketId = UUID.randomUUID();
        int number = ThreadLocalRandom.current().nextInt(10_000, 100_000);
        transactions.executeWithoutResult(status -> register.open(ticketId, number, clientId, learnedOn));
        JsonNode page =
                api.get(PATH + "?clientId=" + clientId + "&size=100", admin).json();
        return nodes(page.get("content")).stream()
                .filter(node -> node.get("ticketId").asString().equals(ticketId.toString()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCallOpensAnEntryToCompleteAndPublishesIncidentRecorded() {
        UUID clientId = UUID.randomUUID();
        LocalDate learned = LocalDate.of(2026, 2, 28);
        try (TicketEvents events = new TicketEvents(broker)) {
            JsonNode entry = open(clientId, learned);
            assertThat(entry.get("clientId").asString()).isEqualTo(clientId.toString());
            assertThat(entry.get("ticketNumber").asInt()).isBetween(10_000, 99_999);
            assertThat(entry.get("learnedFrom").asString()).isEqualTo("2026-02-28");
            assertThat(entry.get("occurredFrom").asString()).isEqualTo("2026-02-28");
            assertThat(entry.get("retainedUntil").asString()).isEqualTo("2031-02-28");
            assertThat(entry.get("seriousRisk").isNull()).isTrue();
            assertThat(entry.get("circumstances").isNull()).isTrue();
            assertThat(entry.get("overdue").asBoolean()).isFalse();
            assertThat(entry.get("version").asLong()).isZero();

            JsonNode data = events.first(clientId, "incident-recorded");
            assertThat(data.get("incidentId").asString())
                    .isEqualTo(entry.get("id").asString());
            assertThat(data.get("ticketId").asString())
                    .isEqualTo(entry.get("ticketId").asString());
            assertThat(data.get("clientId").asString()).isEqualTo(clientId.toString());
        }
        assertThat(jdbc.sql("select retained_until from incident where client_id = ?")
                        .param(clientId)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void anIncidentCallOpensItsEntryAndOtherCallsDoNot() {
        UUID clientId = UUID.randomUUID();
        try (TicketEvents events = new TicketEvents(broker)) {
            JsonNode question = call(clientId, "QUESTION");
            assertThat(ids(PATH + "?clientId=" + clientId)).isEmpty();

            JsonNode incident = call(clientId, "INCIDENT");
            JsonNode entries =
                    api.get(PATH + "?clientId=" + clientId, admin).json().get("content");
            assertThat(entries).hasSize(1);
            JsonNode entry = entries.get(0);
            assertThat(entry.get("ticketId").asString())
                    .isEqualTo(incident.get("id").asString());
            assertThat(entry.get("ticketNumber").asInt())
                    .isEqualTo(incident.get("number").asInt());
            assertThat(entry.get("learnedFrom").asString())
                    .isEqualTo(LocalDate.now(ZoneId.of("America/Montreal")).toString());
            assertThat(entry.get("ticketId").asString())
                    .isNotEqualTo(question.get("id").asString());

            JsonNode data = events.first(clientId, "incident-recorded");
            assertThat(data.get("ticketId").asString())
                    .isEqualTo(incident.get("id").asString());
            assertThat(data.get("incidentId").asString())
                    .isEqualTo(entry.get("id").asString());
        }
    }

    @Test
    void everyFieldRoundTripsAndTheTextsAreEncryptedAtRest() {
        JsonNode entry = open(UUID.randomUUID(), TODAY.minusDays(10));
        String id = entry.get("id").asString();
        ObjectNode change = complete(TODAY.minusDays(10), 0);

        ApiClient.Response saved = api.put(PATH + "/" + id, admin, change.toString());
        assertThat(saved.status()).isEqualTo(200);
        JsonNode read = api.get(PATH + "/" + id, admin).json();
        for (String field : change.propertyNames()) {
            if (!field.equals("version")) {
                assertThat(read.get(field)).as(field).isEqualTo(change.get(field));
            }
        }
        assertThat(read.get("version").asLong()).isEqualTo(1);
        assertThat(read.get("overdue").asBoolean()).isFalse();
        assertThat(read.get("retainedUntil").asString())
                .isEqualTo(TODAY.minusDays(10).plusYears(5).toString());
        assertThat(saved.json()).isEqualTo(read);

        Map<String, Object> row = jdbc.sql("select * from incident where id = ?::uuid")
                .param(id)
                .query()
                .singleRow();
        List<String> texts = List.of(
                "personal_information",
                "undescribable_reason",
                "circumstances",
                "risk_sensitivity",
                "risk_malicious_uses",
                "risk_consequences",
                "risk_likelihood",
                "public_notice_reason",
                "measures");
        for (String column : texts) {
            assertThat(row.get(column)).as(column).isInstanceOf(byte[].class);
            String raw = new String((byte[]) row.get(column), StandardCharsets.ISO_8859_1);
            assertThat(raw).as(column).doesNotContain("Marceau", "courriel", "Courriel", "adresse", "hame");
        }
    }

    @Test
    void anEntryFromAStaleVersionIsAConflict() {
        String id = open(UUID.randomUUID(), TODAY).get("id").asString();
        assertThat(api.put(PATH + "/" + id, admin, complete(TODAY, 0).toString())
                        .status())
                .isEqualTo(200);
        ApiClient.Response stale = api.put(
                PATH + "/" + id,
                admin,
                complete(TODAY, 0).put("measures", "Autre").toString());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(api.get(PATH + "/" + id, admin).json().get("measures").asString())
                .startsWith("Mot de passe");
    }

    @Test
    void inconsistentFieldsAreNamedWithTheirMessageInFrenchOrEnglish() {
        String id = open(UUID.randomUUID(), TODAY).get("id").asString();
        ObjectNode bad = complete(TODAY, 0);
        bad.putNull("personalInformation");
        bad.put("undescribableReason", " ");
        bad.put("circumstances", "");
        bad.put("occurredTo", TODAY.minusDays(40).toString());
        bad.put("learnedTo", TODAY.minusDays(1).toString());
        bad.put("riskLikelihood", "");
        bad.put("commissionNotifiedOn", TODAY.minusDays(2).toString());
        bad.put("publicNotice", true);
        bad.putNull("publicNoticeReason");
        bad.put("personsConcerned", -1);

        ApiClient.Response fr = api.put(PATH + "/" + id, admin, bad.toString());
        assertThat(fr.status()).isEqualTo(400);
        assertThat(fr.isProblem()).isTrue();
        assertThat(errors(fr))
                .containsEntry(
                        "personalInformation",
                        "Décrivez les renseignements personnels visés, ou expliquez pourquoi ils ne peuvent pas être décrits.")
                .containsEntry("circumstances", "Décrivez les circonstances de l'incident.")
                .containsEntry("occurredTo", "Ne doit pas précéder la date de début.")
                .containsEntry("learnedTo", "Ne doit pas précéder la date de début.")
                .containsEntry("riskLikelihood", "Requis une fois le risque de préjudice sérieux évalué.")
                .containsEntry(
                        "commissionNotifiedOn",
                        "Ne doit pas précéder la date où l'entreprise a pris connaissance de l'incident.")
                .containsEntry("publicNoticeReason", "Indiquez pourquoi un avis public a été donné.")
                .containsKey("personsConcerned")
                .hasSize(8);

        ApiClient.Response en = api.send("PUT", PATH + "/" + id, admin, bad.toString(), "en");
        assertThat(en.status()).isEqualTo(400);
        assertThat(errors(en))
                .containsEntry("circumstances", "Describe the circumstances of the incident.")
                .containsEntry("occurredTo", "Must not be before the start date.");

        ObjectNode early = complete(TODAY, 0);
        early.putNull("seriousRisk");
        early.put("occurredFrom", TODAY.plusDays(1).toString());
        early.put("personsNotifiedOn", TODAY.toString());
        assertThat(errors(api.put(PATH + "/" + id, admin, early.toString())))
                .containsEntry(
                        "learnedFrom",
                        "L'entreprise ne peut pas avoir pris connaissance de l'incident avant qu'il commence : vérifiez les dates.")
                .containsEntry("personsNotifiedOn", "Évaluez le risque de préjudice sérieux avant d'inscrire un avis.")
                .containsEntry(
                        "commissionNotifiedOn", "Évaluez le risque de préjudice sérieux avant d'inscrire un avis.");
        assertThat(api.get(PATH + "/" + id, admin).json().get("version").asLong())
                .isZero();
    }

    @Test
    void aSeriousRiskIsOverdueUntilTheCommissionAndThePersonsOrThePublicAreNotified() {
        UUID clientId = UUID.randomUUID();
        String id = open(clientId, TODAY.minusDays(3)).get("id").asString();
        ObjectNode change = complete(TODAY.minusDays(3), 0);
        change.putNull("commissionNotifiedOn");
        change.putNull("personsNotifiedOn");
        change.put("publicNotice", false);
        JsonNode serious = api.put(PATH + "/" + id, admin, change.toString()).json();
        assertThat(serious.get("overdue").asBoolean()).isTrue();
        assertThat(ids(PATH + "?overdue=true&clientId=" + clientId)).containsExactly(id);
        assertThat(ids(PATH + "?overdue=false&clientId=" + clientId)).isEmpty();

        change.put("version", 1).put("commissionNotifiedOn", TODAY.toString());
        assertThat(api.put(PATH + "/" + id, admin, change.toString())
                        .json()
                        .get("overdue")
                        .asBoolean())
                .as("the persons are not notified yet")
                .isTrue();

        change.put("version", 2).put("publicNotice", true).put("publicNoticeReason", "Coordonnées inconnues");
        assertThat(api.put(PATH + "/" + id, admin, change.toString())
                        .json()
                        .get("overdue")
                        .asBoolean())
                .as("a public notice stands in for the persons")
                .isFalse();
        assertThat(ids(PATH + "?overdue=true&clientId=" + clientId)).isEmpty();

        change.put("version", 3)
                .put("seriousRisk", false)
                .put("publicNotice", false)
                .putNull("commissionNotifiedOn");
        assertThat(api.put(PATH + "/" + id, admin, change.toString())
                        .json()
                        .get("overdue")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void theListFiltersAndPagesNewestLearnedFirst() {
        UUID clientId = UUID.randomUUID();
        String old = open(clientId, LocalDate.of(2025, 1, 10)).get("id").asString();
        String mid = open(clientId, LocalDate.of(2025, 6, 1)).get("id").asString();
        String recent = open(clientId, LocalDate.of(2026, 3, 5)).get("id").asString();
        api.put(PATH + "/" + mid, admin, complete(LocalDate.of(2025, 6, 1), 0).toString());

        assertThat(ids(PATH + "?clientId=" + clientId)).containsExactly(recent, mid, old);
        assertThat(ids(PATH + "?clientId=" + clientId + "&from=2025-01-11&to=2026-03-05"))
                .containsExactly(recent, mid);
        assertThat(ids(PATH + "?clientId=" + clientId + "&seriousRisk=true")).containsExactly(mid);
        JsonNode page = api.get(PATH + "?clientId=" + clientId + "&size=2&page=1", admin)
                .json();
        assertThat(ids(page)).containsExactly(old);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("page").get("totalPages").asInt()).isEqualTo(2);

        ApiClient.Response tooBig = api.get(PATH + "?size=101", admin);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.isProblem()).isTrue();
        assertThat(api.get(PATH + "?from=hier", admin).status()).isEqualTo(400);
    }

    @Test
    void anEntryCannotBeDeletedBeforeItsRetentionEnds() {
        String id = open(UUID.randomUUID(), TODAY.minusYears(5).plusDays(3))
                .get("id")
                .asString();
        assertThatThrownBy(() -> jdbc.sql("delete from incident where id = ?::uuid")
                        .param(id)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("is kept until");
        assertThatThrownBy(() -> jdbc.sql("truncate incident").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("cannot be truncated");

        ApiClient.Response delete = api.send("DELETE", PATH + "/" + id, admin, null, null);
        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.isProblem()).isTrue();
        assertThat(delete.json().get("detail").asString())
                .isEqualTo("Une inscription au registre des incidents de confidentialité ne peut pas être supprimée : "
                        + "elle est conservée au moins 5 ans après la prise de connaissance de l'incident.");
        assertThat(api.send("DELETE", PATH + "/" + id, jwts.staff(UUID.randomUUID()), null, null)
                        .status())
                .as("not even told to staff without the admin role")
                .isEqualTo(403);
        assertThat(api.get(PATH + "/" + id, admin).status()).isEqualTo(200);

        // Past its retention, an operator may purge an entry.
        String expired = open(UUID.randomUUID(), TODAY.minusYears(5).minusDays(3))
                .get("id")
                .asString();
        assertThat(jdbc.sql("delete from incident where id = ?::uuid")
                        .param(expired)
                        .update())
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsReachTheRegister() {
        String id = open(UUID.randomUUID(), TODAY).get("id").asString();
        String staff = jwts.staff(UUID.randomUUID());
        UUID clientId = UUID.randomUUID();
        String client = jwts.client(clientId, null, null, null);
        for (String token : List.of(staff, client)) {
            for (String path : List.of(
                    PATH,
                    PATH + "/" + id,
                    PATH + "/export.csv",
                    PATH + "/" + id + "/pdf",
                    PATH + "?clientId=" + clientId)) {
                ApiClient.Response response = api.get(path, token);
                assertThat(response.status()).as(path).isEqualTo(403);
                assertThat(response.isProblem()).as(path).isTrue();
            }
            assertThat(api.put(PATH + "/" + id, token, complete(TODAY, 0).toString())
                            .status())
                    .isEqualTo(403);
        }
        assertThat(api.get(PATH, null).status()).isEqualTo(401);
        assertThat(api.get(PATH + "/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
    }

    @Test
    void theCsvExportIsUtf8WithABomFrenchHeadersAndSafeCells() throws Exception {
        UUID clientId = UUID.randomUUID();
        String id = open(clientId, LocalDate.of(2026, 4, 2)).get("id").asString();
        ObjectNode change = complete(LocalDate.of(2026, 4, 2), 0);
        change.put("circumstances", "Courriel envoyé au mauvais client, \"par erreur\"\nsecond envoi");
        change.put("measures", "=HYPERLINK(\"http://x\")");
        change.put("riskSensitivity", "-2+3");
        change.put("riskMaliciousUses", "@SUM(A1)");
        api.put(PATH + "/" + id, admin, change.toString());
        open(UUID.randomUUID(), LocalDate.of(2026, 4, 2));

        HttpResponse<byte[]> response = raw(PATH + "/export.csv?clientId=" + clientId);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "registre-incidents.csv");
        byte[] body = response.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parseCsv(csv);
        assertThat(rows).hasSize(2);
        List<String> headers = rows.get(0);
        assertThat(headers)
                .contains(
                        "Renseignements personnels visés",
                        "Circonstances de l'incident",
                        "Risque de préjudice sérieux",
                        "Avis à la Commission d'accès à l'information transmis le",
                        "Conservé au moins jusqu'au");
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            row.put(headers.get(i), rows.get(1).get(i));
        }
        assertThat(row)
                .containsEntry("Identifiant de l'inscription", id)
                .containsEntry(
                        "Circonstances de l'incident",
                        "Courriel envoyé au mauvais client, \"par erreur\"\nsecond envoi")
                .containsEntry("Mesures prises pour diminuer le risque de préjudice", "'=HYPERLINK(\"http://x\")")
                .containsEntry("Sensibilité des renseignements concernés", "'-2+3")
                .containsEntry("Utilisations malveillantes possibles", "'@SUM(A1)")
                .containsEntry("Prise de connaissance : date ou début de la période", "2026-04-02")
                .containsEntry("Risque de préjudice sérieux", "Oui")
                .containsEntry("Conservé au moins jusqu'au", "2031-04-02");
        assertThat(csv).contains("\"Courriel envoyé au mauvais client, \"\"par erreur\"\"\nsecond envoi\"");
        assertThat(csv).endsWith("\r\n");
    }

    @Test
    void thePdfForTheCommissionOpensAndReadsInFrenchWithAnEmbeddedFont() throws Exception {
        String id =
                open(UUID.randomUUID(), LocalDate.of(2026, 11, 22)).get("id").asString();
        ObjectNode change = complete(LocalDate.of(2026, 11, 22), 0);
        change.put("circumstances", "Dossier égaré à l'accueil — œuvre d'un tiers « imprudent » <b>&amp;</b>");
        api.put(PATH + "/" + id, admin, change.toString());

        HttpResponse<byte[]> response = raw(PATH + "/" + id + "/pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        // Kept for a look at the layout (target/ is the build's scratch space).
        Files.write(Path.of("target", "incident-sample.pdf"), response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Incident de confidentialité")
                    .contains("Renseignements personnels visés")
                    .contains("Règlement sur les incidents de confidentialité")
                    .contains("Dossier égaré à l'accueil — œuvre d'un tiers « imprudent » <b>&amp;</b>")
                    .contains("22 novembre 2026")
                    .contains("22 novembre 2031")
                    .contains("Nom, courriel et adresse de Francis Marceau");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    /** A staff call logged from the client's page (the ticket feature's API). */
    private JsonNode call(UUID clientId, String type) {
        ApiClient.Response created = api.post("/api/tickets/calls", admin, """
                {"clientId": "%s", "clientName": "Francis Marceau", "channel": "PHONE", "type": "%s",
                 "subject": "Courriel envoyé au mauvais client", "summary": "<p>Signalé par téléphone.</p>",
                 "durationMinutes": 5}""".formatted(clientId, type));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** Every field filled, consistent, with a serious risk and both notifications done. */
    private static ObjectNode complete(LocalDate learned, long version) {
        ObjectNode change = JSON.createObjectNode();
        change.put("personalInformation", "Nom, courriel et adresse de Francis Marceau");
        change.put("undescribableReason", "Liste partielle: d'autres champs restent à confirmer");
        change.put("circumstances", "Un courriel contenant la fiche a été envoyé au mauvais client.\nRappel fait.");
        change.put("occurredFrom", learned.minusDays(2).toString());
        change.put("occurredTo", learned.minusDays(1).toString());
        change.put("learnedFrom", learned.toString());
        change.put("learnedTo", learned.plusDays(1).toString());
        change.put("personsConcerned", 12);
        change.put("personsApproximate", true);
        change.put("riskSensitivity", "Moyenne : coordonnées seulement");
        change.put("riskMaliciousUses", "Hameçonnage ciblé");
        change.put("riskConsequences", "Courriels frauduleux, atteinte à la réputation");
        change.put("riskLikelihood", "Faible : le destinataire a confirmé la suppression");
        change.put("seriousRisk", true);
        change.put("commissionNotifiedOn", learned.plusDays(1).toString());
        change.put("personsNotifiedOn", learned.plusDays(2).toString());
        change.put("publicNotice", false);
        change.put("publicNoticeReason", "Sans objet : les personnes ont été avisées directement");
        change.put("measures", "Mot de passe changé, destinataire a supprimé le courriel");
        change.put("version", version);
        return change;
    }

    private List<String> ids(String path) {
        ApiClient.Response response = api.get(path, admin);
        assertThat(response.status()).as(path).isEqualTo(200);
        return ids(response.json());
    }

    private static List<String> ids(JsonNode page) {
        return nodes(page.get("content")).stream()
                .map(node -> node.get("id").asString())
                .toList();
    }

    private static Map<String, String> errors(ApiClient.Response response) {
        return nodes(response.json().get("errors")).stream()
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString(),
                        (a, b) -> a + " | " + b));
    }

    private static List<JsonNode> nodes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private HttpResponse<byte[]> raw(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + admin)
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /** A strict RFC 4180 reader: quoted fields may hold commas, CRLF/LF and doubled quotes. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(cell).as("a complete last line").isEmpty();
        return rows;
    }
}
