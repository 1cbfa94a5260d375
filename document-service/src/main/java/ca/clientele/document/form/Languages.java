package ca.clientele.document.form;

import java.util.Locale;

/** French first: English only when the caller asked for it. */
final class Languages {

    private Languages() {}

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
