package ca.clientele.document.file;

import static ca.clientele.document.file.FilesApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.platform.testing.ServiceIntegrationTest;
import ca.clientele.platform.testing.TestJwts;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

/**
 * The document side of the audit trail (contract 3): a staff download of a client's file
 * publishes {@code document-accessed} (schema-checked by {@link DocumentEvents}) with the client as
 * subject; the client's own downloads, later parts of a ranged download and thumbnails do not.
 */
@ServiceIntegrationTest
class DocumentAccessAuditIT {

    @LocalServerPort
    int port;

    @Autowired
    TestJwts jwts;

    @Autowired
    EmbeddedKafkaBroker broker;

    FilesApi files;
    DocumentEvents events;

    @BeforeEach
    void setUp() {
        files = new FilesApi(port);
        events = new DocumentEvents(broker);
    }

    @AfterEach
    void tearDown() {
        events.close();
    }

    @Test
    void staffDownloadsAreAuditedTheClientsOwnAreNot() {
        UUID client = UUID.randomUUID();
        String own = jwts.client(client, null, null, null);
        String id = files.upload(own, fields("clientId", client), "a.txt", "0123456789".getBytes())
                .json()
                .get("id")
                .asString();
        assertThat(files.get("/api/documents/" + id + "/content", own).status()).isEqualTo(200);

        UUID staff = UUID.randomUUID();
        String staffToken = jwts.staff(staff);
        // The later part of a ranged download is the same download: not counted again.
        assertThat(files.get("/api/documents/" + id + "/content", staffToken, "Range", "bytes=5-")
                        .status())
                .isEqualTo(206);
        assertThat(files.get("/api/documents/" + id + "/content?inline=true", staffToken)
                        .status())
                .isEqualTo(200);

        JsonNode accessed = events.first(client, "document-accessed");
        assertThat(accessed.get("staffId").asString()).isEqualTo(staff.toString());
        assertThat(accessed.get("action").asString()).isEqualTo("VIEWED");
        assertThat(accessed.get("resource").asString()).isEqualTo("document");
        assertThat(accessed.get("resourceId").asString()).isEqualTo(id);
        assertThat(accessed.toString()).doesNotContain("a.txt");

        assertThat(files.get("/api/documents/" + id + "/content", staffToken).status())
                .isEqualTo(200);
        assertThat(files.get("/api/documents/" + UUID.randomUUID() + "/content", staffToken)
                        .status())
                .isEqualTo(404);
        org.awaitility.Awaitility.await()
                .until(() -> events.types(client).stream()
                                .filter("document-accessed"::equals)
                                .count()
                        == 2);
    }
}
