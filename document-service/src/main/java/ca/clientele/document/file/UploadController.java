package ca.clientele.document.file;

import ca.clientele.platform.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/documents}: the multipart body is read as a stream, part by part (Spring's multipart resolution is
 * off), so the file goes from the socket through the encryption to the staging blob without ever being whole in
 * memory or in a plaintext temporary file.
 */
@RestController
@RequestMapping("/api/documents")
class UploadController {

    // A form field is an id or an enum name: anything longer is not one of ours.
    private static final int MAX_FIELD_LENGTH = 100;

    private final Uploads uploads;
    private final DocumentController documents;
    private final DocumentFileRepository files;

    UploadController(Uploads uploads, DocumentController documents, DocumentFileRepository files) {
        this.uploads = uploads;
        this.documents = documents;
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @Schema(implementation = UploadForm.class)))
    @ApiResponse(responseCode = "201", description = "Stored")
    ResponseEntity<DocumentView> upload(
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) Caller caller,
            Locale locale)
            throws IOException {
        JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory> parser = new JakartaServletFileUpload<>();
        parser.setHeaderCharset(StandardCharsets.UTF_8);
        Fields fields = new Fields();
        try {
            FileItemInputIterator parts = parser.getItemIterator(request);
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                if (part.isFormField()) {
                    fields.put(part.getFieldName(), read(part));
                } else if ("file".equals(part.getFieldName())) {
                    FileFacts facts = uploads.admit(fields.upload(), part.getName(), caller);
                    StoredDocument stored;
                    try (InputStream content = part.getInputStream()) {
                        stored = uploads.store(facts, content);
                    }
                    DocumentView view =
                            documents.view(files.findById(stored.id()).orElseThrow(), locale);
                    return ResponseEntity.created(URI.create("/api/documents/" + stored.id()))
                            .body(view);
                }
            }
        } catch (FileUploadException e) {
            throw new UploadRejectedException(HttpStatus.BAD_REQUEST, "document.multipart-invalid");
        }
        throw UploadRejectedException.invalidFields(List.of(Map.entry("file", "document.field.required")));
    }

    private static String read(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_FIELD_LENGTH + 1);
            return new String(bytes, StandardCharsets.UTF_8).strip();
        }
    }

    /** The fields before the file, converted as they are needed (a bad value names its field). */
    private static final class Fields {

        private final Map<String, String> values = new HashMap<>();

        void put(String name, String value) {
            values.put(name, value);
        }

        Upload upload() {
            List<Map.Entry<String, String>> errors = new ArrayList<>();
            UUID clientId = convert("clientId", UUID::fromString, null, errors);
            Purpose purpose = convert("purpose", Purpose::valueOf, Purpose.SHARED_FILE, errors);
            Visibility visibility = convert("visibility", Visibility::valueOf, Visibility.CLIENT_VISIBLE, errors);
            UUID petId = convert("petId", UUID::fromString, null, errors);
            UUID ticketId = convert("ticketId", UUID::fromString, null, errors);
            if (!errors.isEmpty()) {
                throw UploadRejectedException.invalidFields(errors);
            }
            return new Upload(clientId, purpose, visibility, petId, ticketId);
        }

        private <T> T convert(
                String name, Function<String, T> parse, T absent, List<Map.Entry<String, String>> errors) {
            String value = values.get(name);
            if (value == null || value.isEmpty()) {
                return absent;
            }
            try {
                if (value.length() > MAX_FIELD_LENGTH) {
                    throw new IllegalArgumentException();
                }
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                errors.add(Map.entry(name, "problem.type"));
                return absent;
            }
        }
    }

    /** What the multipart body holds, in this order (for the OpenAPI document; the parsing is by hand). */
    @Schema(requiredProperties = {"clientId", "file"})
    record UploadForm(
            UUID clientId,
            Purpose purpose,
            Visibility visibility,
            UUID petId,
            UUID ticketId,
            @Schema(type = "string", format = "binary") String file) {}
}
