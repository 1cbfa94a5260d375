package ca.clientele.ticket.ticket;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A reply, or (staff only) an internal note ({@code internal} true). */
record NewMessage(
        @NotBlank @Size(max = 100_000) String body,
        @Size(max = 20) List<@NotBlank @Email @Size(max = 254) String> bcc,
        @Size(max = 10) List<@Valid @NotNull Attachment> attachments,
        Boolean internal) {

    /** Absent means a public reply. */
    boolean isInternal() {
        return Boolean.TRUE.equals(internal);
    }
}
