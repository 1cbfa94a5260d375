package ca.clientele.webportal.documents;

import ca.clientele.webportal.documentservice.FormAnswer;
import ca.clientele.webportal.documentservice.FormClient.Answers;
import ca.clientele.webportal.documentservice.FormView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * A form being filled: {@code answers} holds, per field key, what is sent to the document-service
 * (text, a consent box, a number, a multiple choice's options) and {@code typed}
 * what the client typed (shown back as is, even a number that could not be read). Errors live on
 * {@code answers[<key>]}, the document-service's own field names, so its messages land on their
 * fields. The portal reads only numbers itself; every other rule is the service's. {@code rowVersion}
 * is the draft's version when the page was shown (optimistic locking across tabs).
 */
record FillForm(Map<String, FormAnswer> answers, Map<String, List<String>> typed, Long rowVersion) {

    static final String NAME = "fillForm";

    FillForm {
        answers = answers == null ? Map.of() : answers;
        typed = typed == null ? Map.of() : typed;
    }

    static String param(String key) {
        return "answers[" + key + "]";
    }

    /** A form as the document-service stored it (a draft, with its version), or empty. */
    static FillForm stored(Map<String, FormAnswer> answers, Long rowVersion) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((key, value) -> typed.put(key, value == null ? List.of() : value.shown()));
        }
        return new FillForm(answers, typed, rowVersion);
    }

    /** The same answers, now stored under the draft's new version. */
    FillForm savedAs(Long newRowVersion) {
        return new FillForm(answers, typed, newRowVersion);
    }

    /** The posted {@code answers[<key>]} parameters read for the form's fields, with a binding result. */
    static BindingResult posted(FormView form, MultiValueMap<String, String> params) {
        Map<String, FormAnswer> answers = new LinkedHashMap<>();
        Map<String, List<String>> typed = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (FormView.Field field : form.fieldsOrEmpty()) {
            List<String> values = params.getOrDefault(param(field.key()), List.of()).stream()
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(value -> !value.isEmpty())
                    .toList();
            typed.put(field.key(), values);
            switch (FieldInput.kind(field.type())) {
                case "CHECKBOX" -> answers.put(field.key(), new FormAnswer.Consent(values.contains("true")));
                case "MULTIPLE_CHOICE" -> answers.put(field.key(), new FormAnswer.Choices(values));
                case "NUMBER" -> {
                    if (!values.isEmpty()) {
                        BigDecimal number = number(values.getFirst());
                        if (number == null) {
                            unreadable.add(field.key());
                        } else {
                            answers.put(field.key(), new FormAnswer.Number(number));
                        }
                    }
                }
                default -> {
                    if (!values.isEmpty()) {
                        answers.put(field.key(), new FormAnswer.Text(values.getFirst()));
                    }
                }
            }
        }
        BindingResult result = new DirectFieldBindingResult(
                new FillForm(answers, typed, rowVersion(params.getFirst("rowVersion"))), NAME);
        unreadable.forEach(key -> result.rejectValue(param(key), "typeMismatch.java.math.BigDecimal"));
        return result;
    }

    Answers toRequest() {
        return new Answers(answers, rowVersion);
    }

    List<String> typed(String key) {
        return typed.getOrDefault(key, List.of());
    }

    /** The hidden version field; anything unreadable counts as none (the service then saves over the draft). */
    private static Long rowVersion(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** "4,5", "4.5" and "1 000" are numbers, as the portal reads decimals elsewhere. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
