package ca.clientele.webportal.documentservice;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One version of a form, in both languages; the portal shows the client's. Field types stay
 * strings (tolerant reader): SHORT_TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_CHOICE, MULTIPLE_CHOICE,
 * CHECKBOX, SIGNATURE today; a type added later is shown as a short text.
 */
public record FormView(
        UUID id,
        int version,
        String titleFr,
        String titleEn,
        String descriptionFr,
        String descriptionEn,
        List<Field> fields) {

    public record Field(
            String key,
            String type,
            String labelFr,
            String labelEn,
            String helpFr,
            String helpEn,
            boolean required,
            List<Option> options) {

        public String label(Locale locale) {
            return pick(locale, labelFr, labelEn);
        }

        public String help(Locale locale) {
            return pick(locale, helpFr, helpEn);
        }

        public List<Option> optionsOrEmpty() {
            return options == null ? List.of() : options;
        }
    }

    public record Option(String value, String labelFr, String labelEn) {

        public String label(Locale locale) {
            return pick(locale, labelFr, labelEn);
        }
    }

    public String title(Locale locale) {
        return pick(locale, titleFr, titleEn);
    }

    public String description(Locale locale) {
        return pick(locale, descriptionFr, descriptionEn);
    }

    public List<Field> fieldsOrEmpty() {
        return fields == null ? List.of() : fields;
    }

    /** English when the client reads English and the form has it; French otherwise (written first). */
    static String pick(Locale locale, String french, String english) {
        boolean inEnglish = "en".equals(locale.getLanguage()) && english != null && !english.isBlank();
        return inEnglish ? english : french;
    }
}
