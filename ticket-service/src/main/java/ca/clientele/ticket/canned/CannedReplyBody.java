package ca.clientele.ticket.canned;

import ca.clientele.platform.web.CrossFieldRules;
import ca.clientele.ticket.ticket.MessageBodies;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A canned reply as staff write it, both languages at once. Bodies are html from the rich-text
 * editor (or plain text); they are judged once sanitised by the messages' sanitiser, as they will be stored. {@code version}
 * is required to change one (ignored when adding): a missing one is a field error, a stale one a 409.
 */
@CrossFieldRules
record CannedReplyBody(
        @NotBlank @Size(max = 120) String titleFr,
        @NotBlank @Size(max = 120) String titleEn,
        @NotNull String bodyFr,
        @NotNull String bodyEn,
        @NotNull(groups = Change.class) Long version)
        implements CrossFieldRules.Checked {

    /** Validation group of a change: the version read is then required. */
    interface Change {}

    String cleanBodyFr() {
        return MessageBodies.sanitise(bodyFr);
    }

    String cleanBodyEn() {
        return MessageBodies.sanitise(bodyEn);
    }

    @Override
    public List<CrossFieldRules.Broken> brokenRules() {
        List<CrossFieldRules.Broken> broken = new ArrayList<>();
        check("bodyFr", bodyFr, broken);
        check("bodyEn", bodyEn, broken);
        return broken;
    }

    private static void check(String field, String body, List<CrossFieldRules.Broken> broken) {
        if (body == null) {
            return; // @NotNull says so
        }
        String clean = MessageBodies.sanitise(body);
        if (MessageBodies.text(clean).isEmpty()) {
            broken.add(new CrossFieldRules.Broken(field, "canned.body.empty"));
        } else if (clean.length() > MessageBodies.MAX_LENGTH) {
            broken.add(new CrossFieldRules.Broken(field, "canned.body.size"));
        }
    }
}
