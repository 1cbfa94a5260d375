package ca.clientele.platform.portal;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Binds and shows every {@link BigDecimal} of a form as people type it: "4,5" as French writes
 * it, or "4.5", spaces (grouping) ignored; shown back as {@link DisplayFormat#decimal}. Text that
 * is no number is a binding error ({@code typeMismatch}), shown next to its field.
 */
final class DecimalInput implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        String compact = text.replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.');
        try {
            return new BigDecimal(compact);
        } catch (NumberFormatException notANumber) {
            throw new ParseException("Not a number", 0);
        }
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        return DisplayFormat.of(locale).decimal(value);
    }
}
