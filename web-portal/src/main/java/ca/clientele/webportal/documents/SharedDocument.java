package ca.clientele.webportal.documents;

import ca.clientele.webportal.documentservice.DocumentView;
import java.util.Locale;

/** A row of "Partagés avec moi": the document and its size as the client reads it ("1,5 Mo", "1.5 MB"). */
public record SharedDocument(DocumentView document, String size) {

    private static final long KILO = 1024;

    static SharedDocument of(DocumentView document, Locale locale) {
        return new SharedDocument(document, size(document.size(), locale));
    }

    static String size(long bytes, Locale locale) {
        boolean french = !"en".equals(locale.getLanguage());
        if (bytes < KILO) {
            return bytes + (french ? " o" : " B");
        }
        if (bytes < KILO * KILO) {
            return Math.ceilDiv(bytes, KILO) + (french ? " Ko" : " KB");
        }
        return String.format(french ? Locale.CANADA_FRENCH : Locale.CANADA, "%.1f", bytes / (double) (KILO * KILO))
                + (french ? " Mo" : " MB");
    }
}
