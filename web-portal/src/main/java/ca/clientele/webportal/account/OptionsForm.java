package ca.clientele.webportal.account;

import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient.OptionsUpdate;

/**
 * Communication and sign-in options. {@code twoFactorShown} comes from a hidden input that is only
 * there when the two-factor box was shown enabled: when Keycloak's state was unknown the box is
 * disabled and the registry is told "unchanged" (null), not "off", which would remove the
 * client's authenticator unseen. (A Boolean: a primitive needs a value or th:field's marker, and
 * this input has neither when absent.)
 */
record OptionsForm(boolean newsletter, boolean sms, boolean twoFactor, Boolean twoFactorShown, long version) {

    static OptionsForm of(ClientRecord client) {
        ClientRecord.Options options = client.optionsOrDefault();
        return new OptionsForm(
                options.newsletter(),
                options.sms(),
                options.twoFactor(),
                options.twoFactorKnown(),
                client.currentVersion());
    }

    OptionsUpdate toRequest() {
        return new OptionsUpdate(newsletter, sms, Boolean.TRUE.equals(twoFactorShown) ? twoFactor : null, version);
    }
}
