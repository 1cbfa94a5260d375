package ca.clientele.webportal.ticketservice;

import java.util.List;
import java.util.UUID;

/** What the client writes to open a ticket; {@code body} is the editor's HTML, sanitised by the service. */
public record NewTicket(
        UUID clientId,
        String subject,
        UUID categoryId,
        List<UUID> serviceOptionIds,
        List<String> beneficiaries,
        String body,
        List<String> bcc,
        List<Attachment> attachments) {}
