package ca.clientele.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.ext.javatime.ser.InstantSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link Instant} exactly as Jackson's own serializer does (ISO-8601 in UTC, {@code 2026-12-03T14:30:00Z}),
 * but without going through {@code DateTimeFormatter} when it is a whole second of the years 1 to 9999: slot search
 * answers thousands of such instants per response, and formatting them was a third of its JSON time (ADR 0038). Any
 * other instant, or a mapper set to write dates as timestamps, goes to Jackson's serializer.
 */
final class WholeSecondInstants extends StdSerializer<Instant> {

    private static final long FIRST = LocalDateTime.of(1, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long END = LocalDateTime.of(10_000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    WholeSecondInstants() {
        super(Instant.class);
    }

    /** A module that puts this serializer in place of Jackson's for {@link Instant}. */
    static SimpleModule module() {
        return new SimpleModule("clientele-instants").addSerializer(Instant.class, new WholeSecondInstants());
    }

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
        long seconds = value.getEpochSecond();
        if (value.getNano() != 0
                || seconds < FIRST
                || seconds >= END
                || context.isEnabled(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)) {
            InstantSerializer.INSTANCE.serialize(value, generator, context);
            return;
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        char[] text = new char[20];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        text[19] = 'Z';
        generator.writeString(text, 0, text.length);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
