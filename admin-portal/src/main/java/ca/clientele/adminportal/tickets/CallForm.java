package ca.clientele.adminportal.tickets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * "Nouvel appel" in section 3 of a client's page: how the client reached the business, which of
 * the 4 types, a subject, the summary (rich text), how long it took and when to follow up (a
 * follow-up date leaves the ticket waiting on staff; without one it is closed at once).
 */
public record CallForm(
        @NotNull Channel channel,
        @NotNull CallType type,
        @NotBlank @Size(max = 150) String subject,
        @NotBlank @Size(max = 20000) String summary,
        @NotNull @Min(0) @Max(600) Integer durationMinutes,
        LocalDate followUpOn) {

    public static CallForm blank() {
        return new CallForm(Channel.PHONE, null, null, null, null, null);
    }

    TicketClient.NewCall toCall(UUID clientId, String clientName) {
        return new TicketClient.NewCall(
                clientId, clientName, channel, type, subject, summary, durationMinutes, followUpOn);
    }
}
