package ca.clientele.ticket.ticket;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A call staff log from the client's record ("Nouvel appel"); staff-only, never shown to the client. */
record NewCall(
        @NotNull UUID clientId,
        @NotBlank @Size(max = 200) String clientName,

        @NotNull @Schema(allowableValues = {"PHONE", "IN_PERSON", "EMAIL"})
        Channel channel,

        @NotNull @Schema(allowableValues = {"QUESTION", "REQUEST", "COMPLAINT", "INCIDENT"})
        TicketType type,

        @NotBlank @Size(max = 150) String subject,
        @NotBlank @Size(max = 100_000) String summary,
        @NotNull @Min(0) @Max(600) Integer durationMinutes,
        LocalDate followUpOn,
        UUID categoryId,
        UUID branchId) {}
