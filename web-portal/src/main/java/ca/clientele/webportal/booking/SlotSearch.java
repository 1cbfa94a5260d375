package ca.clientele.webportal.booking;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * "Réserver", the steps before a slot is chosen, as the query string carries them (a GET form: the
 * back button and a bookmark work): the service, the branch (in store; for a home visit the branch
 * whose staff come), the pets, the first day of the week shown (yyyy-mm-dd, as a date input sends it), and {@code week} = previous|next
 * when "Semaine précédente"/"Semaine suivante" was pressed.
 */
record SlotSearch(
        @NotNull UUID serviceId,
        @NotNull UUID branchId,
        @NotEmpty @Size(max = 6) List<UUID> petIds,
        String day,
        String week) {

    SlotSearch {
        petIds = petIds == null ? List.of() : petIds;
    }

    /** The same search on another first day. */
    SlotSearch on(LocalDate first) {
        return new SlotSearch(serviceId, branchId, petIds, first.toString(), null);
    }

    /** The day typed: see {@link FreeSlots#typed}. */
    Optional<LocalDate> typedDay() {
        return FreeSlots.typed(day);
    }

    /** Ticks the pet's box again. */
    public boolean wants(UUID petId) {
        return petIds.contains(petId);
    }
}
