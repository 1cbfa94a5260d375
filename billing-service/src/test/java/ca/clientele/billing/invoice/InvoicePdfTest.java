package ca.clientele.billing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import ca.clientele.billing.tax.TaxRegistration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Invoices and credit notes as PDF, read back with PDFBox's text extraction. */
class InvoicePdfTest {

    static final TaxRegistration SELLER = new TaxRegistration(
            "123456789 RT0001",
            "1234567890 TQ0001",
            "Soins animaliers Clientèle inc.",
            "1234, rue Saint-Denis|Montréal (Québec) H2X 1K4");
    static final Instant APRIL_20 = Instant.parse("2026-04-20T20:30:00Z");

    private final InvoicePdf pdf = new InvoicePdf(messages());

    @Test
    void anInvoiceInFrenchShowsTheSellerBothRegistrationNumbersTheClientTheLinesAndBothTaxes() throws IOException {
        Invoice invoice = invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "fr"));

        String text = text(pdf.invoice(invoice, Locale.CANADA_FRENCH));

        assertThat(text)
                .contains("Facture")
                .contains("2026-000123")
                .contains("20 avril 2026")
                .contains("Soins animaliers Clientèle inc.")
                .contains("1234, rue Saint-Denis")
                .contains("Montréal (Québec) H2X 1K4")
                .contains("No de TPS : 123456789 RT0001")
                .contains("No de TVQ : 1234567890 TQ0001")
                .contains("Facturé à")
                .contains("Amélie Côté-Tremblay")
                .contains("4521, rue Saint-Hubert, app. 3")
                .contains("Commande #")
                .contains("Taille des griffes — Biscuit")
                .contains("Sous-total 35,00 $")
                .contains("TPS (5 %) 1,75 $")
                .contains("TVQ (9,975 %) 3,49 $")
                .contains("Total (CAD) 40,24 $")
                .doesNotContain("Invoice");
    }

    @Test
    void anInvoiceInEnglishForAClientWhoSpeaksEnglish() throws IOException {
        Invoice invoice = invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "95.00", "en"));

        String text = text(pdf.invoice(invoice, Locale.CANADA));

        assertThat(text)
                .contains("Invoice")
                .contains("April 20, 2026")
                .contains("GST No. 123456789 RT0001")
                .contains("QST No. 1234567890 TQ0001")
                .contains("Nail trim — Biscuit")
                .contains("GST (5%) $4.75")
                .contains("QST (9.975%) $9.48")
                .contains("Total (CAD) $109.23")
                .doesNotContain("Facture");
    }

    @Test
    void discountsAndTaxExemptLinesAreShown() throws IOException {
        Invoice invoice = invoice(PlacedOrders.mixed(UUID.randomUUID(), APRIL_20));

        String text = text(pdf.invoice(invoice, Locale.CANADA_FRENCH));

        assertThat(text)
                .contains("Jouet à mâcher")
                .contains("Carte-cadeau (exonéré de taxes)")
                .contains("Rabais − 4,00 $")
                .contains("TPS (5 %) 1,80 $")
                .contains("TVQ (9,975 %) 3,59 $")
                .contains("Total (CAD) 46,39 $");
    }

    @Test
    void aCreditNoteSaysItIsOneAndRefersToTheInvoiceAndItsDate() throws IOException {
        Invoice invoice = invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "fr"));
        CreditNote note = new CreditNote(
                new DocumentNumber(2026, 7, "NC-2026-000007"),
                invoice,
                CreditAmounts.split(
                        invoice.total(), InvoiceIssuer.creditable(invoice, java.util.List.of()), invoice.total()),
                "CREDITED_TO_BALANCE",
                "Annulé à temps",
                Instant.parse("2026-04-22T14:00:00Z"));

        String text = text(pdf.creditNote(note, invoice, Locale.CANADA_FRENCH));

        assertThat(text)
                .contains("Note de crédit")
                .contains("NC-2026-000007")
                .contains("22 avril 2026")
                .contains("Se rapporte à la facture 2026-000123 du 20 avril 2026")
                .contains("No de TPS : 123456789 RT0001")
                .contains("No de TVQ : 1234567890 TQ0001")
                .contains("Porté à votre solde créditeur")
                .contains("Montant crédité avant taxes 35,00 $")
                .contains("TPS (5 %) 1,75 $")
                .contains("TVQ (9,975 %) 3,49 $")
                .contains("Total crédité (CAD) 40,24 $")
                // The staff-facing reason is not printed.
                .doesNotContain("Annulé à temps");
    }

    @Test
    void everyFontIsEmbeddedDejaVu() throws IOException {
        byte[] bytes = pdf.invoice(
                invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "fr")), Locale.CANADA_FRENCH);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void textFromTheOrderIsPrintedAsTextNeverMarkup() throws IOException {
        var order = PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "fr");
        var hostile = new ca.clientele.billing.order.OrderPlaced(
                order.orderId(),
                order.orderNumber(),
                order.kind(),
                order.clientId(),
                new ca.clientele.billing.order.OrderPlaced.BillTo(
                        "<b>Gras</b> & <img src=\"http://169.254.169.254/\"/>",
                        order.billTo().addressLines()),
                order.language(),
                order.lines(),
                order.subtotal(),
                order.discount(),
                order.taxableSubtotal(),
                order.gst(),
                order.qst(),
                order.total(),
                order.placedAt());

        assertThat(text(pdf.invoice(invoice(hostile), Locale.CANADA_FRENCH)))
                .contains("<b>Gras</b> & <img src=\"http://169.254.169.254/\"/>");
    }

    @Test
    void theClientsLanguageIsReadFromACodeOrATagAndFrenchComesFirst() {
        assertThat(invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "en-CA"))
                        .language())
                .isEqualTo("en");
        assertThat(invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "EN"))
                        .language())
                .isEqualTo("en");
        assertThat(invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", "fr-CA"))
                        .language())
                .isEqualTo("fr");
        assertThat(invoice(PlacedOrders.nailTrim(UUID.randomUUID(), APRIL_20, "35.00", null))
                        .language())
                .isEqualTo("fr");
    }

    static Invoice invoice(ca.clientele.billing.order.OrderPlaced order) {
        return new Invoice(new DocumentNumber(2026, 123, "2026-000123"), order, SELLER);
    }

    static String text(byte[] bytes) throws IOException {
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ')
                    .replaceAll("[ \\t]+", " ")
                    .replaceAll(" ?\\R+", "\n");
        }
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
