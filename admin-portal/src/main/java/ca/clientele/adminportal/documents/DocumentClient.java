package ca.clientele.adminportal.documents;

import ca.clientele.adminportal.web.ServicePage;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PatchExchange;

/**
 * The document-service's file calls of the staff portal. Uploads and downloads are not here: the
 * browser sends and fetches the bytes through the gateway itself, so no file passes through the
 * portal.
 */
@HttpExchange("/api/documents")
interface DocumentClient {

    /** Without {@code purpose}: shared files, form submissions and vaccination proofs, newest first. */
    @GetExchange
    ServicePage<DocumentView> list(@RequestParam UUID clientId, @RequestParam int page, @RequestParam int size);

    /** Rename and/or change the visibility; a stale {@code version} is a 409. */
    @PatchExchange("/{id}")
    DocumentView change(@PathVariable UUID id, @RequestBody Change change);

    /** Soft delete (who and when are kept by the service). */
    @DeleteExchange("/{id}")
    void delete(@PathVariable UUID id, @RequestParam long version);

    /** Only what changes is sent: a rename leaves the visibility alone and the reverse. */
    record Change(
            @JsonInclude(JsonInclude.Include.NON_NULL) String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) Visibility visibility,
            long version) {}
}
