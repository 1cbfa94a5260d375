package ca.clientele.webportal.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One vaccination record of a pet as the registry returns it. {@code vaccine} stays a string
 * (tolerant reader); {@code vaccineLabel} is the registry's, in the client's language (the other
 * name for OTHER); {@code current}: valid through today.
 */
public record Vaccination(
        UUID id,
        String vaccine,
        String vaccineLabel,
        String otherName,
        LocalDate givenOn,
        LocalDate validUntil,
        String clinic,
        UUID proofDocumentId,
        boolean verified,
        boolean current,
        long version) {

    /** The proof as the browser opens it, through the gateway (document-service checks the owner). */
    public String proofUrl() {
        return proofDocumentId == null ? null : "/api/documents/" + proofDocumentId + "/content";
    }
}
