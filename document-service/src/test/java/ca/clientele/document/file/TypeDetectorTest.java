package ca.clientele.document.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The default allowed types are recognised by tika-core alone, and a name never overrides what the bytes are. */
class TypeDetectorTest {

    private final TypeDetector detector = new TypeDetector();
    // The defaults exactly as the service binds them.
    private final FilesProperties defaults =
            new Binder(new MapConfigurationPropertySource()).bindOrCreate("clientele.documents", FilesProperties.class);

    @Test
    void officeDocumentsAreRecognisedFromTheirBytesRefinedByTheirName() throws IOException {
        assertThat(detect(zip("[Content_Types].xml", "<Types/>"), "lettre.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(detect(zip("[Content_Types].xml", "<Types/>"), "budget.xlsx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(detect(storedZip("mimetype", "application/vnd.oasis.opendocument.text"), "lettre.odt"))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detect("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "facture"))
                .isEqualTo("application/pdf");
        assertThat(detect("Bonjour Moka\n".getBytes(StandardCharsets.UTF_8), "notes.txt"))
                .isEqualTo("text/plain");
        assertThat(defaults.allowedTypes()).hasSize(11).contains("application/pdf", "image/png", "text/plain");
        assertThat(defaults.maxSize().toMegabytes()).isEqualTo(20);
    }

    @Test
    void aNameCannotTurnAnExecutableIntoAnAllowedType() throws IOException {
        byte[] elf = new byte[512];
        System.arraycopy(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        for (String name : new String[] {"facture.pdf", "photo.jpg", "lettre.docx", "notes.txt"}) {
            assertThat(detect(elf, name)).as(name).isNotIn(defaults.allowedTypes());
        }
    }

    private String detect(byte[] bytes, String name) throws IOException {
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));
        in.mark(64 * 1024);
        String type = detector.detect(in, name);
        in.reset();
        assertThat(in.readAllBytes()).as("the stream is reset for the copy").isEqualTo(bytes);
        return type;
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** An OpenDocument starts with its type, stored uncompressed, as the first entry. */
    private static byte[] storedZip(String entry, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry stored = new ZipEntry(entry);
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(bytes.length);
            CRC32 crc = new CRC32();
            crc.update(bytes);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(bytes);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
