package ca.clientele.adminportal.settings;

import java.util.Locale;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;

/** A saved answer in both languages; bodies are the service's sanitised HTML (the editor's allow-list). */
public record CannedReply(UUID id, String titleFr, String titleEn, String bodyFr, String bodyEn, long version) {

    /** The title in the language of the staff member's page. */
    public String title() {
        return english() ? titleEn : titleFr;
    }

    /** The body inserted in the reply editor: the staff member writes in their page's language. */
    public String body() {
        return english() ? bodyEn : bodyFr;
    }

    private static boolean english() {
        return Locale.ENGLISH
                .getLanguage()
                .equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
