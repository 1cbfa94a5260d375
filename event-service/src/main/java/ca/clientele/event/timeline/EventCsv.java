package ca.clientele.event.timeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * The Events application's CSV: UTF-8 with a byte-order mark (spreadsheets then read accents
 * right), CRLF lines, one row per event, written a page at a time. A cell a spreadsheet would take
 * for a formula ({@code = + - @}, tab, carriage return first) gets a leading apostrophe.
 */
final class EventCsv {

    static final String BOM = "\uFEFF";
    static final int BATCH = 500;
    private static final String CRLF = "\r\n";
    private static final List<String> HEADER =
            List.of("occurredAt", "clientId", "category", "type", "summary", "actorKind", "actorId", "eventId", "link");

    private EventCsv() {}

    static void write(
            OutputStream out, TimelineRepository timeline, EventFilter filter, TimelineViews views, Locale locale)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        writer.write(row(HEADER));
        int page = 0;
        Page<TimelineEntry> batch;
        do {
            batch = timeline.findAll(
                    filter.specification(), PageRequest.of(page++, BATCH, TimelineController.NEWEST_FIRST));
            for (TimelineEntry entry : batch.getContent()) {
                TimelineEntryView view = views.view(entry, locale, false);
                writer.write(row(List.of(
                        view.occurredAt().toString(),
                        view.clientId().toString(),
                        view.category(),
                        view.type(),
                        view.summary(),
                        view.actorKind(),
                        view.actorId() == null ? "" : view.actorId().toString(),
                        view.id(),
                        view.link())));
            }
            writer.flush();
        } while (batch.hasNext());
        writer.flush();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(EventCsv::cell).collect(Collectors.joining(",")) + CRLF;
    }

    static String cell(String value) {
        String safe = value == null ? "" : value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
