package ca.clientele.platform.portal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Values shown as people in Quebec write them, in French (fr-CA, the default) or English (en-CA).
 * Templates use the bean {@code fmt}: {@code ${@fmt.phone(client.mobilePhone)}}, {@code
 * ${@fmt.money(order.total)}}, {@code ${@fmt.date(client.createdAt)}}; it follows the request's
 * language. {@link #of(Locale)} gives a fixed language (tests, e-mails).
 *
 * <ul>
 *   <li>phone, stored E.164: "514 555-0123" (North America), else the international form;
 *   <li>money, CAD: "35,00 $" / "$35.00";
 *   <li>decimal: "4,5" / "4.5";
 *   <li>date: "2026-11-22" (the numeric form Quebec uses in both languages), on Montreal's calendar
 *       for an instant; long date: "22 novembre 2026" / "November 22, 2026";
 *   <li>time: "16 h 30" / "4:30 p.m."; date-time: "2026-11-22 14:05";
 *   <li>long date-time (an appointment): "20 avril 2026, 16 h 30" / "April 20, 2026, 4:30 p.m.";
 *   <li>day (a day of slots): "jeudi 3 décembre 2026" / "Thursday, December 3, 2026";
 *   <li>postal code: "H2X 1K4";
 *   <li>file size: "120 Ko", "1,5 Mo" / "120 KB", "1.5 MB";
 *   <li>relative: "À l'instant", "Il y a 5 minutes", "Il y a 3 heures", "Il y a 3 jours" / "Just
 *       now", "5 minutes ago", …, then the date once a month has gone by.
 * </ul>
 *
 * Blank or null values give "", so templates need no null checks. Spaces inside a number or before
 * "$" are no-break spaces (U+00A0), so a price never wraps.
 */
public final class DisplayFormat {

    /** The business is in Quebec: instants are shown on Montreal's clock, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    static final char NBSP = '\u00A0';
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Z]\\d[A-Z]\\d[A-Z]\\d");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Beyond this, "Il y a 45 jours" says less than the date itself. */
    static final long RELATIVE_DAYS_MAX = 30;

    private static final long KILO = 1024;

    /** Null: the language of the request being handled. */
    private final Locale fixed;

    /** "Now" for {@link #relative(Instant)}: the application's clock, so that tests can fix it. */
    private final Clock clock;

    DisplayFormat(Locale fixed, Clock clock) {
        this.fixed = fixed;
        this.clock = clock;
    }

    /** Formats in fr-CA for any French locale, en-CA for English; other languages fall back to French. */
    public static DisplayFormat of(Locale locale) {
        return of(locale, Clock.systemUTC());
    }

    /** As {@link #of(Locale)}, relative times counted from this clock's "now". */
    public static DisplayFormat of(Locale locale, Clock clock) {
        return new DisplayFormat(PortalLocaleResolver.supported(locale), clock);
    }

    private boolean french() {
        Locale locale = fixed != null ? fixed : PortalLocaleResolver.supported(LocaleContextHolder.getLocale());
        return !"en".equals(locale.getLanguage());
    }

    /** "+15145550123" → "514 555-0123"; "+33142685300" → "+33 1 42 68 53 00"; unreadable → as stored. */
    public String phone(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        try {
            PhoneNumber number = PHONES.parse(stored, "CA");
            if (!PHONES.isPossibleNumber(number)) {
                return stored.strip();
            }
            if (number.getCountryCode() != 1) {
                return PHONES.format(number, PhoneNumberFormat.INTERNATIONAL);
            }
            String digits = PHONES.getNationalSignificantNumber(number);
            if (digits.length() != 10) {
                return stored.strip();
            }
            String national = digits.substring(0, 3) + " " + digits.substring(3, 6) + "-" + digits.substring(6);
            return number.hasExtension()
                    ? national + (french() ? " poste " : " ext. ") + number.getExtension()
                    : national;
        } catch (NumberParseException unreadable) {
            return stored.strip();
        }
    }

    /** CAD: "1 234,50 $" in French, "$1,234.50" in English; rounded half-up to the cent. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        String sign = cents.signum() < 0 ? "-" : "";
        String number = grouped(cents.abs(), "#,##0.00");
        return french() ? sign + number + NBSP + "$" : sign + "$" + number;
    }

    /** "4,5" / "4.5": the plain value, no trailing zeros, no grouping. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String plain = value.stripTrailingZeros().toPlainString();
        return french() ? plain.replace('.', ',') : plain;
    }

    /** "2026-11-22" for a LocalDate, or an Instant/OffsetDateTime/ZonedDateTime on Montreal's calendar. */
    public String date(Object value) {
        TemporalAccessor date = montreal(value);
        return date == null ? "" : DATE.format(date);
    }

    /** "22 novembre 2026" / "November 22, 2026". */
    public String longDate(Object value) {
        TemporalAccessor date = montreal(value);
        if (date == null) {
            return "";
        }
        DateTimeFormatter format = french()
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.CANADA_FRENCH)
                : DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.CANADA);
        return format.format(date);
    }

    /** "20 avril 2026, 16 h 30" / "April 20, 2026, 4:30 p.m." on Montreal's clock: when an appointment is. */
    public String longDateTime(Object value) {
        TemporalAccessor dateTime = montreal(value);
        return dateTime == null || value instanceof LocalDate ? "" : longDate(value) + ", " + time(value);
    }

    /** "jeudi 3 décembre 2026" / "Thursday, December 3, 2026": a day people pick an appointment on. */
    public String day(Object value) {
        TemporalAccessor date = montreal(value);
        if (date == null) {
            return "";
        }
        DateTimeFormatter format = french()
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.CANADA_FRENCH)
                : DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.CANADA);
        return format.format(date);
    }

    /** "2026-11-22 14:05" on Montreal's clock. */
    public String dateTime(Object value) {
        TemporalAccessor dateTime = montreal(value);
        return dateTime == null || value instanceof LocalDate ? "" : DATE_TIME.format(dateTime);
    }

    /** "16 h 30" (French, as the OQLF writes it; "16 h" on the hour) / "4:30 p.m.". */
    public String time(Object value) {
        LocalTime time = value instanceof LocalTime local
                ? local
                : montreal(value) instanceof LocalDateTime dateTime ? dateTime.toLocalTime() : null;
        if (time == null) {
            return "";
        }
        if (french()) {
            return time.getMinute() == 0
                    ? time.getHour() + " h"
                    : time.getHour() + " h " + String.format(Locale.ROOT, "%02d", time.getMinute());
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        return hour + ":" + String.format(Locale.ROOT, "%02d", time.getMinute())
                + (time.getHour() < 12 ? " a.m." : " p.m.");
    }

    /** "h2x1k4" → "H2X 1K4"; anything that is not a Canadian postal code is shown as stored. */
    public String postalCode(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        String compact = stored.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        return POSTAL_CODE.matcher(compact).matches()
                ? compact.substring(0, 3) + " " + compact.substring(3)
                : stored.strip();
    }

    /**
     * How long ago: "À l'instant" / "Just now" under a minute (or a moment in the future: clocks
     * differ a little between services), then whole minutes, hours and days elapsed ("Il y a 1 jour"
     * = between 24 and 48 hours ago), then the date "2026-04-20" once more than {@value
     * #RELATIVE_DAYS_MAX} days have passed. Templates pair it with the exact date-time in a title.
     */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration elapsed = Duration.between(instant, clock.instant());
        if (elapsed.toMinutes() < 1) {
            return french() ? "À l'instant" : "Just now";
        }
        if (elapsed.toHours() < 1) {
            return ago(elapsed.toMinutes(), "minute", "minute");
        }
        if (elapsed.toDays() < 1) {
            return ago(elapsed.toHours(), "heure", "hour");
        }
        if (elapsed.toDays() <= RELATIVE_DAYS_MAX) {
            return ago(elapsed.toDays(), "jour", "day");
        }
        return date(instant);
    }

    /** A file's size as people read it: "850 o", "120 Ko", "1,5 Mo" / "850 B", "120 KB", "1.5 MB". */
    public String fileSize(long bytes) {
        if (bytes < KILO) {
            return bytes + (french() ? " o" : " B");
        }
        if (bytes < KILO * KILO) {
            return Math.ceilDiv(bytes, KILO) + (french() ? " Ko" : " KB");
        }
        return String.format(french() ? Locale.CANADA_FRENCH : Locale.CANADA, "%.1f", bytes / (double) (KILO * KILO))
                + (french() ? " Mo" : " MB");
    }

    /** "Il y a 1 minute", "Il y a 3 heures" / "1 minute ago", "3 hours ago". */
    private String ago(long count, String frenchUnit, String englishUnit) {
        String plural = count > 1 ? "s" : "";
        return french() ? "Il y a " + count + " " + frenchUnit + plural : count + " " + englishUnit + plural + " ago";
    }

    private String grouped(BigDecimal value, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(french() ? NBSP : ',');
        symbols.setDecimalSeparator(french() ? ',' : '.');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A LocalDate as is; an instant-like value as a LocalDateTime on Montreal's clock. */
    private static TemporalAccessor montreal(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime;
            case Instant instant -> LocalDateTime.ofInstant(instant, ZONE);
            case OffsetDateTime offset -> LocalDateTime.ofInstant(offset.toInstant(), ZONE);
            case ZonedDateTime zoned -> LocalDateTime.ofInstant(zoned.toInstant(), ZONE);
            default ->
                throw new IllegalArgumentException(
                        "Not a date: " + value.getClass().getName());
        };
    }
}
