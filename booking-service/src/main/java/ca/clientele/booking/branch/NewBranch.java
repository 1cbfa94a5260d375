package ca.clientele.booking.branch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator opens a branch. Without a time zone the branch keeps Quebec's. */
record NewBranch(
        @NotNull @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,19}", message = "{booking.branch.code.pattern}")
        String code,

        @NotBlank @Size(max = 100) String name,
        @NotNull @Valid AddressInput address,
        @TimeZoneId String timezone) {}
