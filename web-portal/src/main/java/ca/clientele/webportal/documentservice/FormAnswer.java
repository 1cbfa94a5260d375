package ca.clientele.webportal.documentservice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One answer to a form field, as the document-service stores it. Its JSON is the bare value (each kind's
 * {@code @JsonValue}): a string for text (a
 * date, a choice or a signature too), a boolean for a consent box, a number, or the options chosen as a list. Staff
 * design the forms, so which kind a field holds is known from the form only; the value says what it is.
 */
public sealed interface FormAnswer {

    /** What the field shows back: the text, the number written out, the options chosen. */
    List<String> shown();

    /** Reads the bare value the document-service sends back (null when the field was left empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static FormAnswer of(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isBoolean()) {
            return new Consent(value.booleanValue());
        }
        if (value.isNumber()) {
            return new Number(value.decimalValue());
        }
        if (value.isArray()) {
            List<String> chosen = new ArrayList<>();
            value.forEach(option -> chosen.add(option.asString()));
            return new Choices(chosen);
        }
        return new Text(value.asString());
    }

    record Text(@JsonValue String value) implements FormAnswer {
        @Override
        public List<String> shown() {
            return List.of(value);
        }
    }

    record Consent(@JsonValue boolean given) implements FormAnswer {
        @Override
        public List<String> shown() {
            return List.of(String.valueOf(given));
        }
    }

    record Number(@JsonValue BigDecimal value) implements FormAnswer {
        @Override
        public List<String> shown() {
            return List.of(value.toPlainString());
        }
    }

    record Choices(@JsonValue List<String> chosen) implements FormAnswer {
        public Choices {
            chosen = List.copyOf(chosen);
        }

        @Override
        public List<String> shown() {
            return chosen;
        }
    }
}
