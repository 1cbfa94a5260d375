package ca.clientele.document.file;

import ca.clientele.document.storage.ContentStore;
import ca.clientele.platform.security.Caller;
import ca.clientele.platform.security.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A file's bytes, decrypted as they stream out: whole, or one range ({@code Range: bytes=…} → 206, only the segments
 * it covers are read). The ETag is the content's SHA-256, so a cached copy is revalidated without a byte sent.
 */
@RestController
@RequestMapping("/api/documents")
class DownloadController {

    private static final Pattern SINGLE_RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int BUFFER = 64 * 1024;

    private final DocumentAccess access;
    private final ContentStore contents;

    DownloadController(DocumentAccess access, ContentStore contents) {
        this.access = access;
        this.contents = contents;
    }

    @GetMapping("/{id}/content")
    @ApiResponse(
            responseCode = "200",
            description = "The file's bytes (206 for a range)",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    void content(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean inline,
            @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            @RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange,
            @Parameter(hidden = true) Caller caller,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        DocumentFile file = access.readable(id, caller);
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        if (etag.equals(ifNoneMatch)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                new FileName(file.name(), file.safeName()).contentDisposition(inline ? "inline" : "attachment"));
        long size = file.size();
        long start = 0;
        long end = size - 1;
        if (range != null && (ifRange == null || ifRange.equals(etag))) {
            Matcher matcher = SINGLE_RANGE.matcher(range.strip());
            // Several ranges, or another unit: the whole file (a server may ignore Range).
            if (matcher.matches()
                    && !(matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                long[] bounds = bounds(matcher.group(1), matcher.group(2), size);
                if (bounds == null) {
                    response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
                    response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
                    return;
                }
                start = bounds[0];
                end = bounds[1];
                response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
                response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
            }
        }
        response.setContentType(file.contentType());
        response.setContentLengthLong(end - start + 1);
        stream(DocumentFile.contentKey(file.id()), start, end - start + 1, response);
    }

    @GetMapping("/{id}/thumbnail")
    @ApiResponse(
            responseCode = "200",
            description = "A JPEG or PNG of at most 256 px",
            content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    void thumbnail(
            @PathVariable UUID id,
            @Parameter(hidden = true) Caller caller,
            @Parameter(hidden = true) HttpServletResponse response)
            throws IOException {
        DocumentFile file = access.readable(id, caller);
        if (!file.hasThumbnail()) {
            throw new ResourceNotFoundException();
        }
        response.setContentType(ImageReencoder.outputType(file.contentType()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
        stream(DocumentFile.thumbnailKey(file.id()), 0, Long.MAX_VALUE, response);
    }

    private void stream(String key, long start, long length, HttpServletResponse response) throws IOException {
        try (InputStream in = contents.read(key, start)) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }

    /** {@code [start, end]} of {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}; null if none. */
    static long[] bounds(String first, String last, long size) {
        try {
            if (first.isEmpty()) {
                long suffix = Long.parseLong(last);
                return suffix == 0 || size == 0 ? null : new long[] {Math.max(0, size - suffix), size - 1};
            }
            long start = Long.parseLong(first);
            long end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
            return start >= size || end < start ? null : new long[] {start, end};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
