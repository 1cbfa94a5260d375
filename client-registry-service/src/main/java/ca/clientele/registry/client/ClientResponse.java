package ca.clientele.registry.client;

import ca.clientele.registry.identity.TwoFactorState;

/** A client record in the shape the caller may see: {@link StaffClientView} for staff, else {@link ClientView}. */
sealed interface ClientResponse permits ClientView, StaffClientView {

    static ClientResponse of(Client client, boolean staff, TwoFactorState twoFactor) {
        return staff ? StaffClientView.of(client, twoFactor) : ClientView.of(client, twoFactor);
    }
}
