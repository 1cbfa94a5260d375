package ca.clientele.ticket.choice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator types to add a value; the code is a stable key, the labels are shown. */
public record NewChoice(
        @NotNull @Pattern(regexp = "[a-z][a-z0-9-]{1,39}", message = "{ticket.choice.code.pattern}")
        String code,

        @NotBlank @Size(max = 80) String labelFr,
        @NotBlank @Size(max = 80) String labelEn) {}
