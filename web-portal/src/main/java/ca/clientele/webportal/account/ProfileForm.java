package ca.clientele.webportal.account;

import ca.clientele.platform.portal.DisplayFormat;
import ca.clientele.webportal.registry.ClientRecord;
import ca.clientele.webportal.registry.RegistryClient.ProfileUpdate;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/**
 * Votre profil: bio, names, phones and language. The portal checks only what it renders (the bio's
 * length); which fields are required and what a phone is are the registry's rules and messages.
 */
record ProfileForm(
        @Size(max = 2000) String bio,
        String firstName,
        String lastName,
        String displayName,
        String mobilePhone,
        String homePhone,
        String preferredLanguage,
        long version) {

    /** Phones as Quebec writes them ("514 555-0123"), French until the client says otherwise. */
    static ProfileForm of(ClientRecord client, Locale locale) {
        DisplayFormat format = DisplayFormat.of(locale);
        return new ProfileForm(
                client.bio(),
                client.firstName(),
                client.lastName(),
                client.displayName(),
                format.phone(client.mobilePhone()),
                format.phone(client.homePhone()),
                client.preferredLanguage() == null ? "fr" : client.preferredLanguage(),
                client.currentVersion());
    }

    /** The bio keeps its inner line breaks; only a blank one means "none". */
    ProfileUpdate toRequest() {
        return new ProfileUpdate(
                firstName, lastName, displayName, mobilePhone, homePhone, preferredLanguage, bio, version);
    }
}
