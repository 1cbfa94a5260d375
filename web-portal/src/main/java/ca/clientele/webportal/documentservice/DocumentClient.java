package ca.clientele.webportal.documentservice;

import java.util.UUID;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The document-service's file calls of the portal, made as the signed-in client. Uploads and
 * downloads do not pass here: the browser sends and fetches the bytes through the gateway itself
 * ({@code /api/documents}, {@code …/content}, {@code …/thumbnail}), so no file crosses the portal.
 */
@HttpExchange("/api/documents")
public interface DocumentClient {

    /** The client's documents, newest first: shared files, filled forms' PDFs, vaccination proofs. */
    @GetExchange
    DocumentPage list(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);
}
