package ca.clientele.document.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.clientele.document.form.InvalidFormInput.FieldProblem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Answers as the portals send them (form posts: mostly text) become typed, clean values. */
class AnswersTest {

    private static final FormBody FORM = JsonMapper.builder().build().readValue(FormApi.HEALTH_FORM, FormBody.class);

    @Test
    void textLosesControlCharactersAndShortTextItsLineBreaks() {
        Map<String, Object> answers = Answers.check(
                FORM,
                Map.of(
                        "petName",
                        " Mi\u0000nou\r\nle chat ",
                        "notes",
                        "Ligne 1\r\nLigne\u0007 2\t!",
                        "signature",
                        "  "),
                false);

        assertThat(answers).containsEntry("petName", "Minou le chat").containsEntry("notes", "Ligne 1\nLigne 2\t!");
        assertThat(answers).doesNotContainKey("signature");
    }

    @Test
    void numbersAreReadTheWayPeopleWriteThem() {
        assertThat(Answers.check(FORM, Map.of("weight", "1 234,50"), false).get("weight"))
                .isEqualTo(new BigDecimal("1234.5"));
        assertThat(Answers.check(FORM, Map.of("weight", 12), false).get("weight"))
                .isEqualTo(new BigDecimal("12"));
        assertThat(Answers.check(FORM, Map.of("weight", "4.50"), false).get("weight"))
                .isEqualTo(new BigDecimal("4.5"));
        assertThat(Answers.check(FORM, Map.of("weight", ""), false)).doesNotContainKey("weight");
        assertThat(problems(Map.of("weight", "1e400"))).containsExactly("answers[weight]:form.answer.number");
        assertThat(problems(Map.of("weight", "NaN"))).containsExactly("answers[weight]:form.answer.number");
    }

    @Test
    void checkboxesAndChoicesAcceptWhatAnHtmlFormPosts() {
        Map<String, Object> answers = Answers.check(
                FORM, Map.of("consent", "on", "care", "fur", "species", "dog", "lastVisit", "2026-09-14"), false);

        assertThat(answers)
                .containsEntry("consent", true)
                .containsEntry("care", List.of("fur"))
                .containsEntry("species", "dog")
                .containsEntry("lastVisit", "2026-09-14");
        assertThat(Answers.check(FORM, Map.of("care", List.of("fur", "nails", "fur")), false)
                        .get("care"))
                .isEqualTo(List.of("nails", "fur"));
        assertThat(problems(Map.of("consent", "peut-être", "care", List.of(3), "lastVisit", "2026-02-30")))
                .containsExactlyInAnyOrder(
                        "answers[consent]:form.answer.checkbox",
                        "answers[care]:form.answer.choice",
                        "answers[lastVisit]:form.answer.date");
    }

    @Test
    void aSubmissionNeedsEveryRequiredAnswerAndATickedConsent() {
        Map<String, Object> partial = new HashMap<>(Map.of("petName", "Minou", "species", "cat", "consent", false));
        assertThatThrownBy(() -> Answers.check(FORM, partial, true))
                .isInstanceOfSatisfying(
                        InvalidFormInput.class,
                        e -> assertThat(e.problems().stream().map(AnswersTest::describe))
                                .containsExactly(
                                        "answers[consent]:form.answer.consent",
                                        "answers[signature]:form.answer.required"));
        assertThat(Answers.check(FORM, partial, false)).containsEntry("consent", false);
        assertThat(Answers.check(FORM, null, false)).isEmpty();
    }

    private static List<String> problems(Map<String, Object> answers) {
        try {
            Answers.check(FORM, answers, false);
            return List.of();
        } catch (InvalidFormInput e) {
            return e.problems().stream().map(AnswersTest::describe).toList();
        }
    }

    private static String describe(FieldProblem problem) {
        return problem.field() + ":" + problem.messageKey();
    }
}
