package ca.clientele.ticket.choice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An administrator renames or retires a value; the code never changes (tickets and portals keep
 * it). {@code version} is the one read: a stale one is a conflict, not a silent overwrite.
 */
public record ChoiceChange(
        @NotBlank @Size(max = 80) String labelFr,
        @NotBlank @Size(max = 80) String labelEn,
        boolean active,
        @NotNull Long version) {}
