package ca.clientele.booking.branch;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An administrator closes a branch on a date ("Fête nationale"). */
record NewClosure(
        @NotNull LocalDate date, @NotBlank @Size(max = 200) String reason) {}
