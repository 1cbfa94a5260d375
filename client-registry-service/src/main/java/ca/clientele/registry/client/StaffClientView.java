package ca.clientele.registry.client;

import ca.clientele.registry.identity.TwoFactorState;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A client record as staff read it: every field of {@link ClientView} plus the staff-only ones. */
record StaffClientView(@JsonUnwrapped ClientView client, String notes) implements ClientResponse {

    static StaffClientView of(Client client, TwoFactorState twoFactor) {
        return new StaffClientView(ClientView.of(client, twoFactor), client.notes());
    }
}
