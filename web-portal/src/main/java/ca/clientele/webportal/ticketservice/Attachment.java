package ca.clientele.webportal.ticketservice;

import java.util.UUID;

/** A file of a message: the document-service holds it, the browser fetches it through the gateway. */
public record Attachment(UUID documentId, String name, String contentType, long size) {

    public String contentUrl() {
        return "/api/documents/" + documentId + "/content";
    }
}
