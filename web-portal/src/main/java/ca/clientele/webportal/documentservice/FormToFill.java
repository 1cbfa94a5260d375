package ca.clientele.webportal.documentservice;

import java.time.Instant;
import java.util.UUID;

/** A form waiting for the client; {@code draftSubmissionId} when they saved a draft of it. */
public record FormToFill(UUID formId, int formVersion, String title, Instant assignedAt, UUID draftSubmissionId) {}
