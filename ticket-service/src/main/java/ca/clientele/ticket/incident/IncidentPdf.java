package ca.clientele.ticket.incident;

import ca.clientele.ticket.incident.IncidentFields.DateStyle;
import ca.clientele.ticket.incident.IncidentFields.Field;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One register entry as a PDF in French, for the Commission d'accès à l'information. Laid out by
 * openhtmltopdf like document-service's form PDFs (ADR 0013), with one difference: the text is set
 * in DejaVu Sans, embedded (subset) from the {@code jasperreports-fonts} jar, rather than the PDF
 * base-14 Helvetica, whose WinAnsi encoding would drop characters such as « œ » or the typographic
 * apostrophe an administrator pastes (ADR 0017).
 */
@Component
class IncidentPdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final Clock clock;

    IncidentPdf(Clock clock) {
        this.clock = clock;
    }

    byte[] render(IncidentView incident) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // Nothing outside the document is ever fetched, whatever a text of the entry might name.
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml(incident), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    String xhtml(IncidentView incident) {
        StringBuilder rows = new StringBuilder();
        for (Field field : IncidentFields.all(DateStyle.LONG)) {
            rows.append("<tr><th>")
                    .append(escape(field.label()))
                    .append("</th><td>")
                    .append(escape(IncidentFields.text(field, incident)).replace("\n", "<br/>"))
                    .append("</td></tr>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr-CA">
                <head>
                <meta charset="UTF-8"/>
                <title>%1$s</title>
                <style>
                  @page { size: letter; margin: 18mm 16mm;
                          @bottom-right { content: "Page " counter(page) " de " counter(pages);
                                          font-family: '%2$s'; font-size: 8pt; } }
                  body { font-family: '%2$s'; font-size: 9.5pt; color: #111; }
                  h1 { font-size: 15pt; margin: 0 0 2mm 0; }
                  p.law { font-size: 8.5pt; color: #444; margin: 0 0 5mm 0; }
                  table { width: 100%%; border-collapse: collapse; }
                  th, td { border: 0.5pt solid #999; padding: 1.6mm 2mm; vertical-align: top; text-align: left; }
                  th { width: 38%%; font-weight: 700; background: #f0f0f0; }
                  tr { page-break-inside: avoid; }
                  p.printed { font-size: 8pt; color: #444; margin-top: 4mm; }
                </style>
                </head>
                <body>
                <h1>%1$s</h1>
                <p class="law">Registre des incidents de confidentialité tenu en application de l'article 3.8 de la
                Loi sur la protection des renseignements personnels dans le secteur privé et de l'article 7 du
                Règlement sur les incidents de confidentialité.</p>
                <table>
                %3$s</table>
                <p class="printed">Document produit le %4$s.</p>
                </body>
                </html>
                """.formatted(
                escape("Incident de confidentialité — demande #" + incident.ticketNumber()),
                FONT_FAMILY,
                rows,
                escape(DateStyle.LONG.instant(clock.instant()))).strip();
    }

    /** XML-safe text: markup characters escaped, and characters XML 1.0 forbids (control codes) dropped. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", ""), "UTF-8");
    }

    private static byte[] font(String name) {
        try (InputStream in = IncidentPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " missing from the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
