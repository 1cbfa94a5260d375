package ca.clientele.webportal.documentservice;

import java.util.Map;
import java.util.UUID;

/** A submission with what was answered, per field key (a string, boolean, number or list). */
public record SubmissionView(UUID id, UUID formId, int formVersion, String status, Map<String, Object> answers) {}
