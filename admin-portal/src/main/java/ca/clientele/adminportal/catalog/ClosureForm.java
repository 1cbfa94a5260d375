package ca.clientele.adminportal.catalog;

import ca.clientele.adminportal.bookingservice.CatalogClient;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day the branch closes (a holiday), with why. */
record ClosureForm(
        @NotNull LocalDate date, @NotBlank @Size(max = 200) String reason) {

    CatalogClient.NewClosure toClosure() {
        return new CatalogClient.NewClosure(date, reason);
    }
}
