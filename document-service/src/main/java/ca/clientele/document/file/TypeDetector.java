package ca.clientele.document.file;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.stereotype.Component;

/**
 * The content type of a file, from its first bytes (Tika's magic numbers). The name only refines a type the bytes
 * already imply (a ZIP named {@code .docx} is a Word document, an OLE2 file named {@code .xls} a spreadsheet); it never
 * turns an executable into a PDF. The type the browser sent is not asked.
 */
@Component
class TypeDetector {

    private final Tika tika = new Tika();

    /** Detects from {@code in}, which must support mark/reset; it is reset to where it was. */
    String detect(InputStream in, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        return tika.getDetector().detect(in, metadata).getBaseType().toString();
    }
}
