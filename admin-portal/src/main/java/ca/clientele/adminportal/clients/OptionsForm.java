package ca.clientele.adminportal.clients;

/**
 * Section 5: newsletter, SMS and two-factor sign-in. Two-factor is sent only when staff changed
 * the box ({@code null} = unchanged), so that saving the newsletter never touches Keycloak, even
 * when its state could not be read. {@code twoFactorState} is shown only, as Keycloak reported it.
 */
record OptionsForm(
        Boolean newsletter,
        Boolean sms,
        Boolean twoFactor,
        Boolean twoFactorShown,
        String twoFactorState,
        Long version) {

    /** Browsers send a box only when it is ticked. */
    OptionsForm {
        newsletter = Boolean.TRUE.equals(newsletter);
        sms = Boolean.TRUE.equals(sms);
        twoFactor = Boolean.TRUE.equals(twoFactor);
        twoFactorShown = Boolean.TRUE.equals(twoFactorShown);
    }

    static OptionsForm of(ClientDetails client) {
        ClientDetails.Options options = client.options();
        return new OptionsForm(
                options.newsletter(),
                options.sms(),
                options.twoFactor(),
                options.twoFactor(),
                options.twoFactorState(),
                client.version());
    }

    /** The new two-factor value, or null when the box is as it was shown. */
    Boolean twoFactorChange() {
        return twoFactor.equals(twoFactorShown) ? null : twoFactor;
    }

    OptionsChange change() {
        return new OptionsChange(newsletter, sms, twoFactorChange(), version);
    }

    /** Body of {@code PUT /api/clients/{id}/options}. */
    record OptionsChange(boolean newsletter, boolean sms, Boolean twoFactor, Long version) {}
}
