package ca.clientele.adminportal.settings;

import java.util.List;
import java.util.UUID;

/** The two lists staff keep the same way: ticket categories and "Service(s) souhaité(s)". */
enum ChoiceKind {
    CATEGORIES("categories"),
    SERVICE_OPTIONS("service-options");

    /** The address segment ({@code /settings/<path>}) and the messages' key ({@code settings.<path>.*}). */
    final String path;

    ChoiceKind(String path) {
        this.path = path;
    }

    static ChoiceKind of(String path) {
        return path.equals(SERVICE_OPTIONS.path) ? SERVICE_OPTIONS : CATEGORIES;
    }

    List<Choice> list(SettingsClient settings) {
        return this == CATEGORIES ? settings.categories(true) : settings.serviceOptions(true);
    }

    Choice add(SettingsClient settings, SettingsClient.NewChoice choice) {
        return this == CATEGORIES ? settings.addCategory(choice) : settings.addServiceOption(choice);
    }

    Choice change(SettingsClient settings, UUID id, SettingsClient.ChoiceChange change) {
        return this == CATEGORIES ? settings.changeCategory(id, change) : settings.changeServiceOption(id, change);
    }

    public String getPath() {
        return path;
    }
}
