package ca.clientele.adminportal.settings;

import ca.clientele.adminportal.web.Fallback;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What the ticket screens choose from (categories, service options, canned replies), each empty
 * when ticket-service cannot list it: the pages then show the stored value and hide the choice.
 */
@Component
public class TicketSettings {

    private final SettingsClient settings;

    TicketSettings(SettingsClient settings) {
        this.settings = settings;
    }

    /** Retired categories too: old tickets keep theirs, and the inbox filters on them. */
    public Optional<List<Choice>> categories() {
        return Fallback.optional("ticket categories", () -> settings.categories(true));
    }

    public Optional<List<CannedReply>> cannedReplies() {
        return Fallback.optional("canned replies", settings::cannedReplies);
    }
}
