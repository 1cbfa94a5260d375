package ca.clientele.document.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.document.storage.ContentStore;
import ca.clientele.platform.testing.ServiceIntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** What the forms feature relies on: a generated file is stored encrypted with its row, or not at all. */
@ServiceIntegrationTest
class GeneratedDocumentsIT {

    private static final String PDF = "%PDF-1.7\nFormulaire d'accueil de Moka, signé par Francis Marceau\n%%EOF\n";

    @Autowired
    DocumentFiles files;

    @Autowired
    ContentStore contents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Value("${clientele.documents.storage.local.root}")
    Path root;

    @Test
    void aGeneratedFileIsStoredEncryptedWithItsRow() throws Exception {
        UUID client = UUID.randomUUID();
        UUID submission = UUID.randomUUID();

        StoredDocument stored = files.storeGenerated(
                client,
                Purpose.FORM_SUBMISSION,
                "Formulaire d'accueil.pdf",
                "application/pdf",
                Visibility.CLIENT_VISIBLE,
                submission,
                client,
                pdf());

        assertThat(stored.name()).isEqualTo("Formulaire d'accueil.pdf");
        var row = jdbc.sql("select client_id, purpose, visibility, content_type, size_bytes, sha256, submission_id,"
                        + " uploaded_by, uploaded_by_staff from document where id = ?")
                .param(stored.id())
                .query()
                .singleRow();
        assertThat(row)
                .containsEntry("client_id", client)
                .containsEntry("purpose", "FORM_SUBMISSION")
                .containsEntry("visibility", "CLIENT_VISIBLE")
                .containsEntry("content_type", "application/pdf")
                .containsEntry("size_bytes", (long) PDF.getBytes(StandardCharsets.UTF_8).length)
                .containsEntry("sha256", sha256(PDF))
                .containsEntry("submission_id", submission)
                .containsEntry("uploaded_by", client)
                .containsEntry("uploaded_by_staff", false);

        byte[] raw = Files.readAllBytes(blob(stored.id()));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Moka", "Marceau", "PDF");
        try (InputStream plain = contents.read(stored.id().toString(), 0)) {
            assertThat(new String(plain.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(PDF);
        }
    }

    @Test
    void whenTheCallersTransactionRollsBackNeitherRowNorBytesStay() {
        UUID client = UUID.randomUUID();
        UUID[] id = new UUID[1];

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    id[0] = files.storeGenerated(
                                    client,
                                    Purpose.FORM_SUBMISSION,
                                    "Consentement.pdf",
                                    "application/pdf",
                                    Visibility.CLIENT_VISIBLE,
                                    UUID.randomUUID(),
                                    client,
                                    pdf())
                            .id();
                    throw new IllegalStateException("the submission failed after the PDF");
                }))
                .hasMessageContaining("the submission failed");

        assertThat(jdbc.sql("select count(*) from document where client_id = ?")
                        .param(client)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(blob(id[0])).doesNotExist();
    }

    private Path blob(UUID id) {
        return root.resolve(id.toString().substring(0, 2)).resolve(id.toString());
    }

    private static InputStream pdf() {
        return new ByteArrayInputStream(PDF.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
