package ca.clientele.billing.invoice;

import ca.clientele.billing.money.Money;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Invoices and credit notes as PDF, in the client's language (ADR 0021): the XHTML template
 * {@code templates/invoice/document.xhtml} (Thymeleaf in XML mode, so every value is escaped text) laid out by
 * openhtmltopdf as document-service's form PDFs are (ADR 0013), set in DejaVu Sans embedded from the
 * {@code jasperreports-fonts} jar as ticket-service's incident PDF is (ADR 0017), so that « é », « à », « œ » and the
 * non-breaking spaces of French amounts print right.
 */
@Component
class InvoicePdf {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /** The fixed texts of the template ({@code invoice.pdf.<key>}), in the document's language. */
    private static final List<String> LABELS = List.of(
            "number",
            "date",
            "seller",
            "bill-to",
            "description",
            "quantity",
            "unit-price",
            "line-discount",
            "amount",
            "settlement",
            "thanks",
            "credit-note.notice");

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");
    private final SpringTemplateEngine templates = new SpringTemplateEngine();
    private final MessageSource messages;

    InvoicePdf(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/invoice/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    /** A party as printed: name and address lines. */
    record Party(String name, List<String> lines) {}

    /** A printed line of the invoice. */
    record Row(String description, String quantity, String unitPrice, String discount, String amount) {}

    /** A line of the totals block. */
    record Total(String label, String amount, boolean grand) {}

    /** The invoice in {@code locale} (the client's language). */
    byte[] invoice(Invoice invoice, Locale locale) {
        Context context = context(invoice, locale);
        context.setVariable("title", text("invoice.pdf.title", locale));
        context.setVariable("number", invoice.number());
        context.setVariable("date", date(invoice.issuedAt(), locale));
        context.setVariable("reference", text("invoice.pdf.order", locale, Long.toString(invoice.orderNumber())));
        context.setVariable("creditNote", false);
        List<Row> rows = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            rows.add(new Row(
                    line.description(locale) + (line.taxable() ? "" : " " + text("invoice.pdf.exempt", locale)),
                    Integer.toString(line.quantity()),
                    money(line.unitPrice(), locale),
                    line.discount().signum() == 0 ? "" : "− " + money(line.discount(), locale),
                    money(line.amount(), locale)));
        }
        context.setVariable("rows", rows);
        List<Total> totals = new ArrayList<>();
        totals.add(new Total(text("invoice.pdf.subtotal", locale), money(invoice.subtotal(), locale), false));
        if (invoice.discount().isPositive()) {
            totals.add(
                    new Total(text("invoice.pdf.discount", locale), "− " + money(invoice.discount(), locale), false));
        }
        totals.add(new Total(text("invoice.pdf.gst", locale), money(invoice.gst(), locale), false));
        totals.add(new Total(text("invoice.pdf.qst", locale), money(invoice.qst(), locale), false));
        totals.add(new Total(text("invoice.pdf.total", locale), money(invoice.total(), locale), true));
        context.setVariable("totals", totals);
        return render(context);
    }

    /** The credit note in {@code locale}, referring to its invoice by number and date. */
    byte[] creditNote(CreditNote note, Invoice invoice, Locale locale) {
        Context context = context(invoice, locale);
        context.setVariable("title", text("invoice.pdf.credit-note.title", locale));
        context.setVariable("number", note.number());
        context.setVariable("date", date(note.issuedAt(), locale));
        context.setVariable(
                "reference",
                text(
                        "invoice.pdf.credit-note.refers",
                        locale,
                        invoice.number(),
                        date(invoice.issuedAt(), locale),
                        Long.toString(invoice.orderNumber())));
        context.setVariable("creditNote", true);
        context.setVariable("settlement", settlement(note.settlement(), locale));
        context.setVariable("rows", List.of());
        CreditAmounts amounts = note.amounts();
        context.setVariable(
                "totals",
                List.of(
                        new Total(
                                text("invoice.pdf.credit-note.subtotal", locale),
                                money(amounts.subtotal(), locale),
                                false),
                        new Total(text("invoice.pdf.gst", locale), money(amounts.gst(), locale), false),
                        new Total(text("invoice.pdf.qst", locale), money(amounts.qst(), locale), false),
                        new Total(
                                text("invoice.pdf.credit-note.total", locale), money(amounts.total(), locale), true)));
        return render(context);
    }

    private Context context(Invoice invoice, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("lang", english(locale) ? "en" : "fr");
        context.setVariable("font", FONT_FAMILY);
        context.setVariable("seller", new Party(invoice.sellerName(), invoice.sellerAddress()));
        context.setVariable("gstNumber", text("invoice.pdf.gst-number", locale, invoice.gstNumber()));
        context.setVariable("qstNumber", text("invoice.pdf.qst-number", locale, invoice.qstNumber()));
        context.setVariable(
                "billTo",
                invoice.billToName() == null && invoice.billToAddress().isEmpty()
                        ? null
                        : new Party(invoice.billToName(), invoice.billToAddress()));
        Map<String, String> labels = new HashMap<>();
        for (String key : LABELS) {
            labels.put(key, text("invoice.pdf." + key, locale));
        }
        context.setVariable("labels", labels);
        return context;
    }

    private byte[] render(Context context) {
        String xhtml = templates.process("document", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            // Nothing outside the document is ever fetched, whatever a description might name.
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private String settlement(String settlement, Locale locale) {
        return messages.getMessage("invoice.settlement." + settlement, null, settlement, locale);
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    /** "40,24 $" in French, "$40.24" in English (Canadian formats). */
    static String money(Money amount, Locale locale) {
        return money(amount.amount(), locale);
    }

    static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(english(locale) ? Locale.CANADA : Locale.CANADA_FRENCH);
        return format.format(amount);
    }

    static String date(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(english(locale) ? Locale.CANADA : Locale.CANADA_FRENCH)
                .format(instant.atZone(InvoiceIssuer.MONTREAL));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static byte[] font(String name) {
        try (InputStream in = InvoicePdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " missing from the class path (jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
