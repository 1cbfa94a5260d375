package ca.clientele.booking.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An administrator adds a staff member: the id is their Keycloak user id (the staff-accounts list gives it). */
record NewStaffMember(
        @NotNull UUID id,
        @NotBlank @Size(max = 100) String name,
        @Email @Size(max = 254) String email) {}
