package ca.clientele.document.form;

import ca.clientele.document.form.FormBody.FieldBody;
import ca.clientele.document.form.FormBody.OptionBody;
import ca.clientele.document.form.InvalidFormInput.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks answers against the fields of the version they answer and returns them normalized (text
 * trimmed and without control characters, numbers as decimals, dates ISO, choices in the options'
 * order, blanks left out). A draft is checked for types only; a submission for required answers too.
 */
final class Answers {

    static final int SHORT_TEXT_MAX = 500;
    static final int LONG_TEXT_MAX = 10_000;
    static final int SIGNATURE_MAX = 200;
    private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1e12");

    private Answers() {}

    /** @throws InvalidFormInput naming each wrong answer {@code answers[<key>]} */
    static Map<String, Object> check(FormBody definition, Map<String, Object> answers, boolean complete) {
        Map<String, Object> given = answers == null ? Map.of() : answers;
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = definition.fields().stream().map(FieldBody::key).collect(Collectors.toSet());
        given.keySet().stream()
                .filter(key -> !keys.contains(key))
                .sorted()
                .forEach(key -> problems.add(new FieldProblem(path(key), "form.answer.unknown")));
        Map<String, Object> normalized = new LinkedHashMap<>();
        for (FieldBody field : definition.fields()) {
            try {
                Object value = normalize(field, given.get(field.key()));
                if (value != null) {
                    normalized.put(field.key(), value);
                }
                if (complete && field.required()) {
                    if (value == null) {
                        problems.add(new FieldProblem(path(field.key()), "form.answer.required"));
                    } else if (field.type() == FieldType.CHECKBOX && !Boolean.TRUE.equals(value)) {
                        problems.add(new FieldProblem(path(field.key()), "form.answer.consent"));
                    }
                }
            } catch (WrongAnswer wrong) {
                problems.add(new FieldProblem(path(field.key()), wrong.messageKey, wrong.arguments));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormInput(problems);
        }
        return normalized;
    }

    static String path(String key) {
        return "answers[" + key + "]";
    }

    private static Object normalize(FieldBody field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case SHORT_TEXT -> text(value, false, SHORT_TEXT_MAX);
            case LONG_TEXT -> text(value, true, LONG_TEXT_MAX);
            case SIGNATURE -> text(value, false, SIGNATURE_MAX);
            case NUMBER -> number(value);
            case DATE -> date(value);
            case SINGLE_CHOICE -> singleChoice(field, value);
            case MULTIPLE_CHOICE -> multipleChoice(field, value);
            case CHECKBOX -> checkbox(value);
        };
    }

    private static String text(Object value, boolean multiline, int max) {
        if (!(value instanceof String text)) {
            throw new WrongAnswer("form.answer.text");
        }
        // Control characters have no place in a person's answer (and would break the PDF's XHTML).
        String clean = text.replace("\r\n", "\n")
                .codePoints()
                .map(c -> c == '\n' && !multiline ? ' ' : c)
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new WrongAnswer("form.answer.too-long", max);
        }
        return clean;
    }

    private static BigDecimal number(Object value) {
        BigDecimal number;
        if (value instanceof Number given) {
            number = new BigDecimal(given.toString());
        } else if (value instanceof String text) {
            String compact = text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
            if (compact.isEmpty()) {
                return null;
            }
            try {
                number = new BigDecimal(compact);
            } catch (NumberFormatException e) {
                throw new WrongAnswer("form.answer.number");
            }
        } else {
            throw new WrongAnswer("form.answer.number");
        }
        if (number.abs().compareTo(NUMBER_LIMIT) >= 0 || number.scale() > 6) {
            throw new WrongAnswer("form.answer.number");
        }
        return number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros();
    }

    private static String date(Object value) {
        if (!(value instanceof String text)) {
            throw new WrongAnswer("form.answer.date");
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new WrongAnswer("form.answer.date");
        }
    }

    private static String singleChoice(FieldBody field, Object value) {
        if (!(value instanceof String choice)) {
            throw new WrongAnswer("form.answer.choice");
        }
        if (choice.isBlank()) {
            return null;
        }
        if (field.options().stream().noneMatch(option -> option.value().equals(choice))) {
            throw new WrongAnswer("form.answer.choice");
        }
        return choice;
    }

    private static List<String> multipleChoice(FieldBody field, Object value) {
        Collection<?> chosen = value instanceof Collection<?> list ? list : List.of(value);
        if (chosen.stream().anyMatch(item -> !(item instanceof String))) {
            throw new WrongAnswer("form.answer.choice");
        }
        Set<String> values = field.options().stream().map(OptionBody::value).collect(Collectors.toSet());
        if (!values.containsAll(chosen)) {
            throw new WrongAnswer("form.answer.choice");
        }
        List<String> ordered = field.options().stream()
                .map(OptionBody::value)
                .filter(chosen::contains)
                .toList();
        return ordered.isEmpty() ? null : ordered;
    }

    private static Boolean checkbox(Object value) {
        if (value instanceof Boolean checked) {
            return checked;
        }
        if (value instanceof String text) {
            switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "on", "yes" -> {
                    return true;
                }
                case "false", "off", "no", "" -> {
                    return false;
                }
                default -> throw new WrongAnswer("form.answer.checkbox");
            }
        }
        throw new WrongAnswer("form.answer.checkbox");
    }

    /** One answer that does not fit its field. */
    private static final class WrongAnswer extends RuntimeException {

        private final String messageKey;
        private final Object[] arguments;

        WrongAnswer(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }
}
