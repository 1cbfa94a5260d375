package ca.clientele.document.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/** The PDF of a submission, read back with PDFBox's text extraction. */
class SubmissionPdfTest {

    private static final FormBody FORM = JsonMapper.builder().build().readValue(FormApi.HEALTH_FORM, FormBody.class);
    private static final Instant SUBMITTED = Instant.parse("2026-11-22T21:30:00Z");

    private final SubmissionPdf pdf = new SubmissionPdf(messages());

    @Test
    void showsTitleQuestionsAnswersSignatureAndDateInFrench() throws IOException {
        String text = text(pdf.render(FORM, 3, answers("Minou"), SUBMITTED, Locale.CANADA_FRENCH));

        assertThat(text)
                .contains("Questionnaire santé de l'animal")
                .contains("À remplir avant la première visite.")
                .contains("version 3 du formulaire")
                .contains("Nom de l'animal *")
                .contains("Minou")
                .contains("Peur des aspirateurs.")
                .contains("Allergique au poulet.")
                .contains("4,5")
                .contains("14 septembre 2026")
                .contains("Chat")
                .contains("Taille des griffes")
                .contains("Brossage des dents")
                .doesNotContain("Toilettage")
                .contains("Oui")
                .contains("Alice Tremblay")
                .contains("Signé électroniquement le 22 novembre 2026")
                .contains("Soumis le 22 novembre 2026")
                .contains("16 h 30");
    }

    @Test
    void speaksEnglishToWhoeverSubmittedInEnglish() throws IOException {
        Map<String, Object> answers = answers("Minou");
        answers.remove("weight");
        String text = text(pdf.render(FORM, 1, answers, SUBMITTED, Locale.CANADA));

        assertThat(text)
                .contains("Pet health questionnaire")
                .contains("Pet's name *")
                .contains("Weight (kg)\nNo answer")
                .contains("Cat")
                .contains("Nail trim")
                .contains("Yes")
                .contains("Signed electronically on November 22, 2026")
                .doesNotContain("Questionnaire santé");
    }

    @Test
    void answersAreTextNeverMarkup() throws IOException {
        String hostile = "<b>gras</b><img src=\"http://169.254.169.254/\"/>&amp;<script>x()</script>]]>";
        String text = text(pdf.render(FORM, 1, answers(hostile), SUBMITTED, Locale.CANADA_FRENCH));

        assertThat(text).contains("<b>gras</b><img src=\"http://169.254.169.254/\"/>&amp;<script>x()</script>]]>");
    }

    private static Map<String, Object> answers(String petName) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("petName", petName);
        answers.put("notes", "Peur des aspirateurs.\nAllergique au poulet.");
        answers.put("weight", new BigDecimal("4.5"));
        answers.put("species", "cat");
        answers.put("care", List.of("nails", "teeth"));
        answers.put("lastVisit", "2026-09-14");
        answers.put("consent", true);
        answers.put("signature", "Alice Tremblay");
        return answers;
    }

    private static String text(byte[] bytes) throws IOException {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replace('\u202f', ' ')
                    // Blank lines between blocks and trailing spaces say nothing about the content.
                    .replaceAll("[ \\t]+\\R", "\n")
                    .replaceAll("\\R+", "\n");
        }
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
