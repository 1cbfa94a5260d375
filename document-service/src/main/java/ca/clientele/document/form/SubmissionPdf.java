package ca.clientele.document.form;

import ca.clientele.document.form.FormBody.FieldBody;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A submitted form as a PDF: the XHTML template {@code templates/form/submission.xhtml} (Thymeleaf,
 * XML mode, so every answer is escaped text, never markup) laid out by openhtmltopdf (ADR 0013).
 * Labels and values in the language of whoever submitted; times on Montréal's clock.
 */
@Component
class SubmissionPdf {

    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final MessageSource messages;

    SubmissionPdf(MessageSource messages) {
        this.messages = messages;
        XRLog.setLoggerImpl(new PdfLog());
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/form/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        templates.setTemplateResolver(resolver);
    }

    /** One question and its answer as lines of plain text. */
    record Row(String label, String help, List<String> lines, boolean answered, boolean signature) {}

    byte[] render(FormBody form, int version, Map<String, Object> answers, Instant submittedAt, Locale locale) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        render(form, version, answers, submittedAt, locale, pdf);
        return pdf.toByteArray();
    }

    void render(
            FormBody form,
            int version,
            Map<String, Object> answers,
            Instant submittedAt,
            Locale locale,
            OutputStream out) {
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(MONTREAL)
                .format(submittedAt);
        Context context = new Context(locale);
        context.setVariable("lang", Languages.english(locale) ? "en" : "fr");
        context.setVariable("title", form.title(locale));
        context.setVariable("description", form.description(locale));
        context.setVariable("submitted", text("form.pdf.submitted", locale, when));
        context.setVariable("version", text("form.pdf.version", locale, version));
        context.setVariable(
                "rows",
                form.fields().stream()
                        .map(field -> row(field, answers.get(field.key()), when, locale))
                        .toList());
        String xhtml = templates.process("submission", context);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            // Nothing outside the document is ever fetched, whatever the template or an answer might name.
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Row row(FieldBody field, Object answer, String when, Locale locale) {
        String label = field.label(locale) + (field.required() ? " *" : "");
        if (answer == null) {
            return new Row(label, field.help(locale), List.of(text("form.pdf.no-answer", locale)), false, false);
        }
        List<String> lines = switch (field.type()) {
            case SHORT_TEXT, LONG_TEXT -> List.of((String) answer);
            case SIGNATURE -> List.of((String) answer, text("form.pdf.signed", locale, when));
            case NUMBER -> List.of(number((BigDecimal) answer, locale));
            case DATE ->
                List.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(LocalDate.parse((String) answer)));
            case SINGLE_CHOICE -> List.of(optionLabel(field, answer, locale));
            case MULTIPLE_CHOICE ->
                ((Collection<?>) answer)
                        .stream()
                                .map(value -> "• " + optionLabel(field, value, locale))
                                .toList();
            case CHECKBOX -> List.of(text(Boolean.TRUE.equals(answer) ? "form.pdf.yes" : "form.pdf.no", locale));
        };
        return new Row(label, field.help(locale), lines, true, field.type() == FieldType.SIGNATURE);
    }

    private static String optionLabel(FieldBody field, Object value, Locale locale) {
        return field.options().stream()
                .filter(option -> option.value().equals(value))
                .map(option -> option.label(locale))
                .findFirst()
                .orElse(String.valueOf(value));
    }

    private static String number(BigDecimal number, Locale locale) {
        String plain = number.toPlainString();
        return Languages.english(locale) ? plain : plain.replace('.', ',');
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
