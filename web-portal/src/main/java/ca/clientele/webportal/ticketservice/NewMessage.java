package ca.clientele.webportal.ticketservice;

import java.util.List;

/** A client's reply; {@code internal} is always false from this portal (only staff write notes). */
public record NewMessage(String body, List<String> bcc, List<Attachment> attachments, boolean internal) {}
