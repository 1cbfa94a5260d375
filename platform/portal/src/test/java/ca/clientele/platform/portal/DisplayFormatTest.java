package ca.clientele.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

    private static final String NBSP = "\u00A0";
    private final DisplayFormat french = DisplayFormat.of(Locale.CANADA_FRENCH);
    private final DisplayFormat english = DisplayFormat.of(Locale.ENGLISH);

    @Test
    void phonesStoredAsE164AreShownAsQuebecWritesThem() {
        assertThat(french.phone("+15145550123")).isEqualTo("514 555-0123");
        assertThat(english.phone("+14185550199")).isEqualTo("418 555-0199");
        assertThat(french.phone("+15145550123;ext=12")).isEqualTo("514 555-0123 poste 12");
        assertThat(english.phone("+15145550123;ext=12")).isEqualTo("514 555-0123 ext. 12");
        // Typed by hand before the registry normalised it: still read.
        assertThat(french.phone("(514) 555-0123")).isEqualTo("514 555-0123");
    }

    @Test
    void foreignPhonesKeepTheirCountryAndUnreadableOnesStayAsStored() {
        assertThat(french.phone("+33142685300")).isEqualTo("+33 1 42 68 53 00");
        assertThat(french.phone("poste 12")).isEqualTo("poste 12");
        assertThat(french.phone(null)).isEmpty();
        assertThat(french.phone("  ")).isEmpty();
    }

    @Test
    void moneyIsWrittenTheFrenchOrTheEnglishCanadianWay() {
        assertThat(french.money(new BigDecimal("35"))).isEqualTo("35,00" + NBSP + "$");
        assertThat(english.money(new BigDecimal("35"))).isEqualTo("$35.00");
        assertThat(french.money(new BigDecimal("1234.5"))).isEqualTo("1" + NBSP + "234,50" + NBSP + "$");
        assertThat(english.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(french.money(new BigDecimal("-40.245"))).isEqualTo("-40,25" + NBSP + "$");
        assertThat(english.money(new BigDecimal("-40.245"))).isEqualTo("-$40.25");
        assertThat(english.money(null)).isEmpty();
    }

    @Test
    void decimalsUseTheLanguagesSeparatorWithoutTrailingZeros() {
        assertThat(french.decimal(new BigDecimal("4.50"))).isEqualTo("4,5");
        assertThat(english.decimal(new BigDecimal("4.50"))).isEqualTo("4.5");
        assertThat(french.decimal(new BigDecimal("30.00"))).isEqualTo("30");
    }

    @Test
    void datesAreNumericAndInstantsFallOnMontrealsCalendar() {
        // 02:30 UTC on the 23rd is still the evening of the 22nd in Montreal.
        Instant lateEvening = Instant.parse("2026-11-23T02:30:00Z");

        assertThat(french.date(LocalDate.of(2026, 11, 22))).isEqualTo("2026-11-22");
        assertThat(english.date(lateEvening)).isEqualTo("2026-11-22");
        assertThat(french.dateTime(lateEvening)).isEqualTo("2026-11-22 21:30");
        assertThat(french.longDate(lateEvening)).isEqualTo("22 novembre 2026");
        assertThat(english.longDate(LocalDate.of(2026, 11, 22))).isEqualTo("November 22, 2026");
        assertThat(french.date(null)).isEmpty();
    }

    @Test
    void timesAreWrittenAsEachLanguageDoes() {
        assertThat(french.time(LocalTime.of(16, 30))).isEqualTo("16 h 30");
        assertThat(french.time(LocalTime.of(9, 0))).isEqualTo("9 h");
        assertThat(english.time(LocalTime.of(16, 30))).isEqualTo("4:30 p.m.");
        assertThat(english.time(LocalTime.of(0, 5))).isEqualTo("12:05 a.m.");
        assertThat(french.time(Instant.parse("2026-07-01T20:50:00Z"))).isEqualTo("16 h 50");
    }

    @Test
    void appointmentsAreDatedAsTheSeedAndItsEnglishCounterpartWriteThem() {
        // 20:30 UTC on April 20 is 16:30 in Montreal (EDT); 21:30 UTC on December 3, 16:30 (EST).
        Instant seed = Instant.parse("2026-04-20T20:30:00Z");
        Instant winter = Instant.parse("2026-12-03T21:30:00Z");

        assertThat(french.longDateTime(seed)).isEqualTo("20 avril 2026, 16 h 30");
        assertThat(english.longDateTime(seed)).isEqualTo("April 20, 2026, 4:30 p.m.");
        assertThat(french.longDateTime(winter)).isEqualTo("3 décembre 2026, 16 h 30");
        assertThat(french.longDateTime(LocalDate.of(2026, 4, 20))).isEmpty();
        assertThat(french.longDateTime(null)).isEmpty();
        assertThat(french.day(LocalDate.of(2026, 12, 3))).isEqualTo("jeudi 3 décembre 2026");
        assertThat(english.day(LocalDate.of(2026, 12, 3))).isEqualTo("Thursday, December 3, 2026");
        assertThat(french.day(winter)).isEqualTo("jeudi 3 décembre 2026");
        assertThat(english.day(null)).isEmpty();
    }

    @Test
    void canadianPostalCodesAreUppercasedAndSpaced() {
        assertThat(french.postalCode("h2x1k4")).isEqualTo("H2X 1K4");
        assertThat(french.postalCode(" H2X 1K4 ")).isEqualTo("H2X 1K4");
        assertThat(french.postalCode("90210")).isEqualTo("90210");
    }

    @Test
    void fileSizesAreInKiloOrMegaBytesAsEachLanguageWritesThem() {
        assertThat(french.fileSize(850)).isEqualTo("850 o");
        assertThat(english.fileSize(850)).isEqualTo("850 B");
        assertThat(french.fileSize(20_480)).isEqualTo("20 Ko");
        assertThat(french.fileSize(1025)).isEqualTo("2 Ko");
        assertThat(french.fileSize(1_572_864)).isEqualTo("1,5 Mo");
        assertThat(english.fileSize(1_572_864)).isEqualTo("1.5 MB");
    }

    @Test
    void relativeTimesCountMinutesHoursThenDaysAndEndWithTheDate() {
        Instant now = Instant.parse("2026-04-23T10:00:00Z");
        DisplayFormat frenchNow = DisplayFormat.of(Locale.CANADA_FRENCH, Clock.fixed(now, ZoneOffset.UTC));
        DisplayFormat englishNow = DisplayFormat.of(Locale.ENGLISH, Clock.fixed(now, ZoneOffset.UTC));

        assertThat(frenchNow.relative(now.minusSeconds(59))).isEqualTo("À l'instant");
        assertThat(englishNow.relative(now.minusSeconds(59))).isEqualTo("Just now");
        // Another service's clock a little ahead: never "Il y a -1 minute".
        assertThat(frenchNow.relative(now.plusSeconds(20))).isEqualTo("À l'instant");
        assertThat(frenchNow.relative(now.minusSeconds(60))).isEqualTo("Il y a 1 minute");
        assertThat(englishNow.relative(now.minusSeconds(60))).isEqualTo("1 minute ago");
        assertThat(frenchNow.relative(now.minus(Duration.ofMinutes(59)))).isEqualTo("Il y a 59 minutes");
        assertThat(frenchNow.relative(now.minus(Duration.ofMinutes(60)))).isEqualTo("Il y a 1 heure");
        assertThat(englishNow.relative(now.minus(Duration.ofHours(23).plusMinutes(59))))
                .isEqualTo("23 hours ago");
        assertThat(frenchNow.relative(now.minus(Duration.ofHours(47)))).isEqualTo("Il y a 1 jour");
        assertThat(frenchNow.relative(now.minus(Duration.ofDays(3)))).isEqualTo("Il y a 3 jours");
        assertThat(englishNow.relative(now.minus(Duration.ofDays(3)))).isEqualTo("3 days ago");
        assertThat(englishNow.relative(now.minus(Duration.ofDays(1)))).isEqualTo("1 day ago");
        assertThat(frenchNow.relative(now.minus(Duration.ofDays(30)))).isEqualTo("Il y a 30 jours");
        // Older than a month: the date, on Montreal's calendar (02:30 UTC is the evening before).
        assertThat(frenchNow.relative(Instant.parse("2026-03-02T02:30:00Z"))).isEqualTo("2026-03-01");
        assertThat(englishNow.relative(null)).isEmpty();
    }
}
