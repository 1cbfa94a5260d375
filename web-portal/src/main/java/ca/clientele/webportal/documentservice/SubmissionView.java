package ca.clientele.webportal.documentservice;

import java.util.Map;
import java.util.UUID;

/**
 * A submission with what was answered, per field key, and the
 * draft's {@code rowVersion}, sent back with the next save so that a save from another tab is not
 * overwritten.
 */
public record SubmissionView(
        UUID id, UUID formId, int formVersion, String status, Map<String, FormAnswer> answers, Long rowVersion) {}
