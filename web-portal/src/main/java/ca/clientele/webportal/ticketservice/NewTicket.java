package ca.clientele.webportal.ticketservice;

import java.util.List;
import java.util.UUID;

/**
 * What the client writes to open a ticket; {@code body} is the editor's HTML, sanitised by the service. {@code id}: the
 * ticket's id chosen by the form, under which its attachments were uploaded before it existed.
 */
public record NewTicket(
        UUID id,
        UUID clientId,
        String subject,
        UUID categoryId,
        List<UUID> serviceOptionIds,
        List<String> beneficiaries,
        String body,
        List<String> bcc,
        List<Attachment> attachments) {}
