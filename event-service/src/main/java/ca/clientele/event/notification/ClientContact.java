package ca.clientele.event.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The registry's {@code GET /api/clients/{id}/contact} (contract 1), as far as notifications read it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ClientContact(
        UUID id,
        String firstName,
        String lastName,
        String displayName,
        String email,
        String phone,
        String language,
        String status,
        boolean newsletter,
        boolean sms) {

    boolean banned() {
        return "BANNED".equals(status);
    }

    String greetingName() {
        return displayName != null && !displayName.isBlank() ? displayName : firstName;
    }

    String languageOrFrench() {
        return "en".equals(language) ? "en" : "fr";
    }
}
