package ca.clientele.ticket.canned;

import ca.clientele.ticket.validation.CrossFieldRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A canned reply as staff write it, both languages at once. Bodies are html from the rich-text
 * editor (or plain text); they are judged once sanitised, as they will be stored. {@code version}
 * is required to change one (ignored when adding).
 */
@CrossFieldRules
record CannedReplyBody(
        @NotBlank @Size(max = 120) String titleFr,
        @NotBlank @Size(max = 120) String titleEn,
        @NotNull String bodyFr,
        @NotNull String bodyEn,
        Long version)
        implements CrossFieldRules.Checked {

    String cleanBodyFr() {
        return CannedHtml.sanitise(bodyFr);
    }

    String cleanBodyEn() {
        return CannedHtml.sanitise(bodyEn);
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
        String clean = CannedHtml.sanitise(body);
        if (!CannedHtml.hasText(clean)) {
            broken.add(new CrossFieldRules.Broken(field, "canned.body.empty"));
        } else if (clean.length() > CannedHtml.MAX_LENGTH) {
            broken.add(new CrossFieldRules.Broken(field, "canned.body.size"));
        }
    }
}
