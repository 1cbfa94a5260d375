package ca.clientele.registry.client;

import ca.clientele.registry.identity.TwoFactorState;
import io.swagger.v3.oas.annotations.media.Schema;

/** A client record in the shape the caller may see: {@link StaffClientView} for staff, else {@link ClientView}. */
// Without the list springdoc names only one of the two permitted records.
@Schema(
        oneOf = {ClientView.class, StaffClientView.class},
        description = "A client record: StaffClientView (with notes) for staff, ClientView for the client")
sealed interface ClientResponse permits ClientView, StaffClientView {

    static ClientResponse of(Client client, boolean staff, TwoFactorState twoFactor) {
        return staff ? StaffClientView.of(client, twoFactor) : ClientView.of(client, twoFactor);
    }
}
