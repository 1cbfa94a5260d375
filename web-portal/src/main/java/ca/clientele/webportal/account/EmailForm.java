package ca.clientele.webportal.account;

import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient.EmailUpdate;

/** The e-mail address, its own form: Keycloak verifies a new one; the registry says what is valid. */
record EmailForm(String email, long version) {

    static EmailForm of(ClientRecord client) {
        return new EmailForm(client.email(), client.currentVersion());
    }

    EmailUpdate toRequest() {
        return new EmailUpdate(email, version);
    }
}
