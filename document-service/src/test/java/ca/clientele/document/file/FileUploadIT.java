package ca.clientele.document.file;

import static ca.clientele.document.file.FilesApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.AnotherReplica;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Uploads and downloads through the API, on real PostgreSQL, Kafka and the local storage adapter. */
@ServiceIntegrationTest
class FileUploadIT {

    static final String TEXT = "Consignes après la taille des griffes de Moka : garder la patte au sec 24 h.\n";
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeletedFilesPurge purge;

    @Autowired
    LockProvider locks;

    @Value("${clientele.documents.storage.local.root}")
    Path root;

    FilesApi files;
    UUID alice;
    UUID bob;
    UUID staffId;

    @BeforeEach
    void setUp() {
        files = new FilesApi(port);
        alice = UUID.randomUUID();
        bob = UUID.randomUUID();
        staffId = UUID.randomUUID();
    }

    @Test
    void aClientUploadsATextFileAndDownloadsItBackEncryptedAtRest() throws Exception {
        FilesApi.Answer created = files.upload(
                client(alice), fields("clientId", alice), "consignes.txt", TEXT.getBytes(StandardCharsets.UTF_8));

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode view = created.json();
        String id = view.get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/documents/" + id);
        assertThat(view.get("clientId").asString()).isEqualTo(alice.toString());
        assertThat(view.get("name").asString()).isEqualTo("consignes.txt");
        assertThat(view.get("contentType").asString()).isEqualTo("text/plain");
        assertThat(view.get("purpose").asString()).isEqualTo("SHARED_FILE");
        assertThat(view.get("purposeLabel").asString()).isEqualTo("Fichier partagé");
        assertThat(view.get("visibility").asString()).isEqualTo("CLIENT_VISIBLE");
        assertThat(view.get("size").asLong()).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8).length);
        assertThat(view.get("sha256").asString()).isEqualTo(sha256(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(view.get("uploadedBy").asString()).isEqualTo(alice.toString());
        assertThat(view.get("uploadedByStaff").asBoolean()).isFalse();
        assertThat(view.get("image").asBoolean()).isFalse();
        assertThat(view.get("version").asLong()).isZero();

        // At rest: ciphertext only, none of the text, under the file's id.
        byte[] raw = Files.readAllBytes(blob(id));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Moka", "griffes", "patte");
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("Consignes");

        FilesApi.Answer download = files.get("/api/documents/" + id + "/content", client(alice));
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.text()).isEqualTo(TEXT);
        assertThat(download.header("Content-Type")).startsWith("text/plain");
        assertThat(download.header("ETag")).isEqualTo("\"" + sha256(TEXT.getBytes(StandardCharsets.UTF_8)) + "\"");
        assertThat(download.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"consignes.txt\"; filename*=UTF-8''consignes.txt");
        assertThat(files.get("/api/documents/" + id + "/content?inline=true", client(alice))
                        .header("Content-Disposition"))
                .startsWith("inline; ");

        FilesApi.Answer notModified =
                files.get("/api/documents/" + id + "/content", client(alice), "If-None-Match", download.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();

        JsonNode listed =
                files.api.get("/api/documents?clientId=" + alice, client(alice)).json();
        assertThat(ids(listed)).containsExactly(id);
        assertThat(files.get("/api/documents/" + id + "/thumbnail", client(alice))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void rangesAreServedFromTheMiddleOfASeveralSegmentFile() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ('a' + (i * 7 + i / 1000) % 26);
        }
        String id = files.upload(client(alice), fields("clientId", alice), "long.txt", content)
                .json()
                .get("id")
                .asString();

        FilesApi.Answer middle =
                files.get("/api/documents/" + id + "/content", client(alice), "Range", "bytes=2097140-2097159");
        assertThat(middle.status()).isEqualTo(206);
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 2097140-2097159/" + content.length);
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(content, 2097140, 2097160));

        FilesApi.Answer suffix = files.get("/api/documents/" + id + "/content", client(alice), "Range", "bytes=-5");
        assertThat(suffix.status()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(content, content.length - 5, content.length));

        FilesApi.Answer open = files.get("/api/documents/" + id + "/content", client(alice), "Range", "bytes=3145700-");
        assertThat(open.body()).isEqualTo(Arrays.copyOfRange(content, 3145700, content.length));

        FilesApi.Answer beyond =
                files.get("/api/documents/" + id + "/content", client(alice), "Range", "bytes=99999999-");
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */" + content.length);

        FilesApi.Answer staleIfRange = files.get(
                "/api/documents/" + id + "/content", client(alice), "Range", "bytes=0-9", "If-Range", "\"other\"");
        assertThat(staleIfRange.status()).isEqualTo(200);
        assertThat(staleIfRange.body()).hasSize(content.length);
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndNothingIsKept() throws Exception {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 38);

        for (byte[] executable : List.of(elf, exe)) {
            FilesApi.Answer refused = files.upload(client(alice), fields("clientId", alice), "facture.pdf", executable);
            assertThat(refused.status()).as(refused.text()).isEqualTo(415);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("detail").asString()).startsWith("Ce type de fichier n'est pas accepté");
        }
        FilesApi.Answer english = files.upload(client(alice), fields("clientId", alice), "facture.pdf", elf, "en");
        assertThat(english.json().get("detail").asString()).startsWith("This type of file is not accepted");
        assertThat(rows(alice)).isZero();

        FilesApi.Answer realPdf = files.upload(client(alice), fields("clientId", alice), "facture.pdf", PDF);
        assertThat(realPdf.status()).as(realPdf.text()).isEqualTo(201);
        assertThat(realPdf.json().get("contentType").asString()).isEqualTo("application/pdf");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileItStreamsAndLeavesNoRowAndNoFile() throws Exception {
        long before = storedFiles();
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        FilesApi.Answer refused = files.upload(client(alice), fields("clientId", alice), "scan.pdf", big);

        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.json().get("detail").asString()).isEqualTo("Le fichier dépasse la limite de 20 Mo.");
        assertThat(rows(alice)).isZero();
        assertThat(storedFiles()).isEqualTo(before);
        FilesApi.Answer english = files.upload(client(alice), fields("clientId", alice), "scan.pdf", big, "en");
        assertThat(english.json().get("detail").asString()).isEqualTo("The file is larger than the limit of 20 MB.");
    }

    @Test
    void namesCannotClimbOutOfTheirFolderNorCarryControlCharacters() throws Exception {
        FilesApi.Answer traversal = files.upload(
                client(alice), fields("clientId", alice), "../../etc/passwd\u0007.txt", "root:x:0:0".getBytes());
        assertThat(traversal.status()).as(traversal.text()).isEqualTo(201);
        String id = traversal.json().get("id").asString();
        assertThat(traversal.json().get("name").asString()).isEqualTo("../../etc/passwd.txt");
        assertThat(files.get("/api/documents/" + id + "/content", client(alice)).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"passwd.txt\"; filename*=UTF-8''passwd.txt");
        assertThat(root.resolve("..").resolve("..").resolve("etc").resolve("passwd.txt"))
                .doesNotExist();

        FilesApi.Answer windows = files.upload(
                client(alice), fields("clientId", alice), "C:\\Users\\Élodie\\Vaccins été.txt", "ok".getBytes());
        String windowsId = windows.json().get("id").asString();
        assertThat(files.get("/api/documents/" + windowsId + "/content", client(alice))
                        .header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Vaccins ete.txt\"; filename*=UTF-8''Vaccins%20%C3%A9t%C3%A9.txt");

        FilesApi.Answer dots = files.upload(client(alice), fields("clientId", alice), "..", "ok".getBytes());
        String dotsId = dots.json().get("id").asString();
        assertThat(files.get("/api/documents/" + dotsId + "/content", client(alice))
                        .header("Content-Disposition"))
                .contains("filename=\"document\"");

        String longName = "a".repeat(300) + ".txt";
        FilesApi.Answer longOne = files.upload(client(alice), fields("clientId", alice), longName, "ok".getBytes());
        assertThat(longOne.json().get("name").asString()).hasSize(255).endsWith("a.txt");
    }

    @Test
    void concurrentUploadsAreAllStoredDistinctly() throws Exception {
        int count = 8;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<FilesApi.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byte[] content = ("Fichier numéro " + i + "\n").repeat(20_000).getBytes(StandardCharsets.UTF_8);
                String name = "fichier-" + i + ".txt";
                Callable<FilesApi.Answer> upload =
                        () -> files.upload(client(alice), fields("clientId", alice), name, content);
                answers.add(pool.submit(upload));
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < count; i++) {
                FilesApi.Answer answer = answers.get(i).get();
                assertThat(answer.status()).as(answer.text()).isEqualTo(201);
                String id = answer.json().get("id").asString();
                ids.add(id);
                assertThat(files.get("/api/documents/" + id + "/content", client(alice))
                                .text())
                        .isEqualTo(("Fichier numéro " + i + "\n").repeat(20_000));
            }
            assertThat(ids).hasSize(count);
            assertThat(rows(alice)).isEqualTo(count);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClientNeverLearnsOfAnotherClientsOrStaffOnlyFiles() throws Exception {
        String bobs = files.upload(client(bob), fields("clientId", bob), "bob.txt", "Bob".getBytes())
                .json()
                .get("id")
                .asString();
        String staffOnly = files.upload(
                        staff(), fields("clientId", alice, "visibility", "STAFF_ONLY"), "notes.txt", "notes".getBytes())
                .json()
                .get("id")
                .asString();

        assertThat(files.get("/api/documents/" + bobs, client(alice)).status()).isEqualTo(404);
        assertThat(files.get("/api/documents/" + bobs + "/content", client(alice))
                        .status())
                .isEqualTo(404);
        assertThat(files.get("/api/documents?clientId=" + bob, client(alice)).status())
                .isEqualTo(404);
        assertThat(files.get("/api/documents/" + staffOnly, client(alice)).status())
                .isEqualTo(404);
        assertThat(files.get("/api/documents/" + staffOnly + "/content", client(alice))
                        .status())
                .isEqualTo(404);
        assertThat(ids(files.api
                        .get("/api/documents?clientId=" + alice, client(alice))
                        .json()))
                .doesNotContain(staffOnly);
        assertThat(ids(files.api
                        .get("/api/documents?clientId=" + alice, staff())
                        .json()))
                .contains(staffOnly);
        FilesApi.Answer uploadForBob =
                files.upload(client(alice), fields("clientId", bob), "pour-bob.txt", "x".getBytes());
        assertThat(uploadForBob.status()).isEqualTo(404);
        assertThat(rows(bob)).isEqualTo(1);

        // A client's own upload is visible to them whatever they ask.
        FilesApi.Answer hidden = files.upload(
                client(alice), fields("clientId", alice, "visibility", "STAFF_ONLY"), "moi.txt", "x".getBytes());
        assertThat(hidden.json().get("visibility").asString()).isEqualTo("CLIENT_VISIBLE");
        assertThat(files.get("/api/documents/" + bobs, null).status()).isEqualTo(401);
    }

    @Test
    void badFieldsAreNamedAndPhotosMustBeImages() throws Exception {
        FilesApi.Answer noClient = files.upload(client(alice), fields(), "a.txt", "x".getBytes(), "en");
        assertThat(noClient.status()).isEqualTo(400);
        assertThat(errors(noClient)).containsEntry("clientId", "Required.");

        FilesApi.Answer badPurpose =
                files.upload(client(alice), fields("clientId", alice, "purpose", "NOPE"), "a.txt", "x".getBytes());
        assertThat(errors(badPurpose)).containsEntry("purpose", "Type incorrect ou valeur inconnue.");

        FilesApi.Answer petWithoutPet =
                files.upload(client(alice), fields("clientId", alice, "purpose", "PET_PHOTO"), "a.png", "x".getBytes());
        assertThat(errors(petWithoutPet)).containsEntry("petId", "Obligatoire.");

        FilesApi.Answer attachmentWithoutTicket = files.upload(
                client(alice), fields("clientId", alice, "purpose", "ATTACHMENT"), "a.txt", "x".getBytes());
        assertThat(errors(attachmentWithoutTicket)).containsKey("ticketId");

        FilesApi.Answer form =
                files.upload(client(alice), fields("clientId", alice, "purpose", "FORM_SUBMISSION"), "a.pdf", PDF);
        assertThat(errors(form)).containsKey("purpose");

        FilesApi.Answer noFile = files.upload(client(alice), fields("clientId", alice), null, new byte[0]);
        assertThat(errors(noFile)).containsKey("file");

        FilesApi.Answer textAsPhoto = files.upload(
                client(alice), fields("clientId", alice, "purpose", "PROFILE_PHOTO"), "moi.jpg", "x".getBytes());
        assertThat(textAsPhoto.status()).isEqualTo(415);
        assertThat(rows(alice)).isZero();
    }

    @Test
    void renameVisibilityAndDeleteFollowTheRulesAndTheVersion() throws Exception {
        JsonNode shared = files.upload(staff(), fields("clientId", alice), "guide.txt", "guide".getBytes())
                .json();
        String id = shared.get("id").asString();
        String path = "/api/documents/" + id;

        assertThat(files.patch(path, client(alice), "{\"visibility\":\"STAFF_ONLY\",\"version\":0}")
                        .status())
                .isEqualTo(403);
        assertThat(files.patch(path, client(alice), "{\"name\":\"mon guide.txt\",\"version\":0}")
                        .status())
                .isEqualTo(403);

        FilesApi.Answer renamed = files.patch(path, staff(), "{\"name\":\"Guide de soins.txt\",\"version\":0}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Guide de soins.txt");
        assertThat(renamed.json().get("version").asLong()).isEqualTo(1);

        FilesApi.Answer stale = files.patch(path, staff(), "{\"visibility\":\"STAFF_ONLY\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(files.patch(path, staff(), "{\"name\":\"  \",\"version\":1}").status())
                .isEqualTo(400);

        FilesApi.Answer hidden = files.patch(path, staff(), "{\"visibility\":\"STAFF_ONLY\",\"version\":1}");
        assertThat(hidden.json().get("visibility").asString()).isEqualTo("STAFF_ONLY");
        assertThat(files.get(path, client(alice)).status()).isEqualTo(404);

        // The client's own upload: they rename and delete it.
        String own = files.upload(client(alice), fields("clientId", alice), "a.txt", "x".getBytes())
                .json()
                .get("id")
                .asString();
        assertThat(files.patch("/api/documents/" + own, client(alice), "{\"name\":\"b.txt\",\"version\":0}")
                        .status())
                .isEqualTo(200);
        assertThat(files.delete("/api/documents/" + own + "?version=0", client(alice))
                        .status())
                .isEqualTo(409);
        assertThat(files.delete("/api/documents/" + own + "?version=1", client(alice))
                        .status())
                .isEqualTo(204);
        assertThat(files.get("/api/documents/" + own, client(alice)).status()).isEqualTo(404);
        assertThat(files.get("/api/documents/" + own, staff()).status()).isEqualTo(404);
        var deleted = jdbc.sql("select deleted_by, deleted_at from document where id = ?")
                .param(UUID.fromString(own))
                .query()
                .singleRow();
        assertThat(deleted.get("deleted_by")).isEqualTo(alice);
        assertThat(deleted.get("deleted_at")).isNotNull();

        assertThat(files.delete(path + "?version=2", client(alice)).status()).isEqualTo(404);
        assertThat(files.delete(path + "?version=2", staff()).status()).isEqualTo(204);
    }

    @Test
    void theBytesOfAFileDeletedLongerAgoThanTheRetentionAreErasedAndItsRowStays() throws Exception {
        String old = files.upload(staff(), fields("clientId", alice), "ancien.txt", "ancien".getBytes())
                .json()
                .get("id")
                .asString();
        String recent = files.upload(staff(), fields("clientId", alice), "recent.txt", "récent".getBytes())
                .json()
                .get("id")
                .asString();
        String kept = files.upload(staff(), fields("clientId", alice), "garde.txt", "gardé".getBytes())
                .json()
                .get("id")
                .asString();
        assertThat(files.delete("/api/documents/" + old + "?version=0", staff()).status())
                .isEqualTo(204);
        assertThat(files.delete("/api/documents/" + recent + "?version=0", staff())
                        .status())
                .isEqualTo(204);
        // Deleted 31 days ago: past the 30-day retention.
        jdbc.sql("update document set deleted_at = now() - interval '31 days' where id = ?")
                .param(UUID.fromString(old))
                .update();

        assertThat(purge.purge()).isEqualTo(1);

        assertThat(blob(old)).doesNotExist();
        assertThat(blob(recent)).exists();
        assertThat(blob(kept)).exists();
        var row = jdbc.sql("select deleted_by, purged_at from document where id = ?")
                .param(UUID.fromString(old))
                .query()
                .singleRow();
        assertThat(row.get("deleted_by")).isEqualTo(staffId);
        assertThat(row.get("purged_at")).isNotNull();
        assertThat(purge.purge()).as("a purged file is not purged again").isZero();
    }

    @Test
    void whileAnotherReplicaRunsThePurgeThisOneSkipsItsRun() throws Exception {
        String old = files.upload(staff(), fields("clientId", alice), "deux.txt", "deux".getBytes())
                .json()
                .get("id")
                .asString();
        assertThat(files.delete("/api/documents/" + old + "?version=0", staff()).status())
                .isEqualTo(204);
        jdbc.sql("update document set deleted_at = now() - interval '31 days' where id = ?")
                .param(UUID.fromString(old))
                .update();

        try (var replica = AnotherReplica.holding(locks, DeletedFilesPurge.LOCK)) {
            purge.run();
            assertThat(blob(old)).exists();
        }
        purge.run();
        assertThat(blob(old)).doesNotExist();
    }

    String client(UUID id) {
        return jwts.client(id, null, null, null);
    }

    String staff() {
        return jwts.staff(staffId);
    }

    long rows(UUID clientId) {
        return jdbc.sql("select count(*) from document where client_id = ?")
                .param(clientId)
                .query(Long.class)
                .single();
    }

    long storedFiles() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    Path blob(String id) {
        return root.resolve(id.substring(0, 2)).resolve(id);
    }

    static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("content").spliterator(), false)
                .map(node -> node.get("id").asString())
                .toList();
    }

    static Map<String, String> errors(FilesApi.Answer answer) {
        return StreamSupport.stream(answer.json().get("errors").spliterator(), false)
                .collect(Collectors.toMap(
                        node -> node.get("field").asString(),
                        node -> node.get("message").asString()));
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
