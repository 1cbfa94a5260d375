package ca.clientele.document.form;

import java.util.List;

/**
 * Input that Bean Validation cannot judge alone (a definition's keys and options, answers checked
 * against their form): a 400 problem naming each field, like any validation error of the platform.
 */
class InvalidFormInput extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidFormInput(List<FieldProblem> problems) {
        super("Invalid form input");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** A field path ({@code fields[2].key}, {@code answers[allergies]}) and the message key that explains. */
    record FieldProblem(String field, String messageKey, Object... arguments) {}
}
