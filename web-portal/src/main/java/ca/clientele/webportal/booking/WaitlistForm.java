package ca.clientele.webportal.booking;

import ca.clientele.webportal.bookingservice.NewWaitlistEntry;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** "M'aviser si un créneau plus tôt se libère": the search's service, branch and pets, and between which days. */
record WaitlistForm(
        @NotNull UUID serviceId,
        UUID branchId,
        @NotEmpty @Size(max = 6) List<UUID> petIds,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate earliest,
        @NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate latest) {

    WaitlistForm {
        petIds = petIds == null ? List.of() : petIds;
    }

    /** From today to the last day of the week the client was looking at. */
    static WaitlistForm of(SlotSearch search, LocalDate today, LocalDate latest) {
        return new WaitlistForm(search.serviceId(), search.branchId(), search.petIds(), today, latest);
    }

    NewWaitlistEntry toRequest(UUID clientId) {
        return new NewWaitlistEntry(clientId, serviceId, branchId, petIds, earliest, latest);
    }
}
