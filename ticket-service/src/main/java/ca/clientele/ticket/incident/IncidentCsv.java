package ca.clientele.ticket.incident;

import ca.clientele.ticket.incident.IncidentFields.DateStyle;
import ca.clientele.ticket.incident.IncidentFields.Field;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The register as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the accents),
 * French headers, RFC 4180 (comma, CRLF, double quotes doubled inside quoted fields). A cell a
 * spreadsheet would take for a formula ({@code = + - @}, tab, carriage return first) gets a leading
 * apostrophe: a text typed into the register must never run as a formula on the reader's machine.
 */
final class IncidentCsv {

    static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private IncidentCsv() {}

    static String write(List<IncidentView> incidents) {
        List<Field> fields = IncidentFields.all(DateStyle.ISO);
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(fields.stream().map(field -> cell(field.label())).collect(Collectors.joining(",")))
                .append(CRLF);
        for (IncidentView incident : incidents) {
            csv.append(fields.stream()
                            .map(field -> cell(IncidentFields.text(field, incident)))
                            .collect(Collectors.joining(",")))
                    .append(CRLF);
        }
        return csv.toString();
    }

    static String cell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
