package ca.clientele.booking.branch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The whole editable state of a branch (PUT) and the version the editor started from: a change
 * made on a stale copy is refused rather than silently overwriting someone else's. The code is
 * the branch's stable key and does not change.
 */
record BranchChanges(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid AddressInput address,
        @NotNull @TimeZoneId String timezone,
        @NotNull Boolean active,
        @NotNull Long version) {}
