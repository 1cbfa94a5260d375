package ca.clientele.adminportal.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A category or a service option as staff type it. The code is asked only when adding (it is the
 * stable key, never changed); its pattern is the service's, checked here so the message sits next to it.
 */
record ChoiceForm(
        @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String code,
        @NotBlank @Size(max = 80) String labelFr,
        @NotBlank @Size(max = 80) String labelEn,
        Boolean active,
        long version) {

    ChoiceForm {
        // The add form has no box (a new entry is offered); the edit form's box always posts its marker.
        active = active == null || active;
    }

    static ChoiceForm blank() {
        return new ChoiceForm(null, null, null, true, 0);
    }

    static ChoiceForm of(Choice choice) {
        return new ChoiceForm(choice.code(), choice.labelFr(), choice.labelEn(), choice.active(), choice.version());
    }

    SettingsClient.NewChoice toNew() {
        return new SettingsClient.NewChoice(code, labelFr, labelEn);
    }

    SettingsClient.ChoiceChange toChange() {
        return new SettingsClient.ChoiceChange(labelFr, labelEn, active, version);
    }
}
