package ca.clientele.booking.web;

import java.util.List;

/**
 * Input Bean Validation cannot judge alone (an unknown branch, service or staff id, a home visit without an address):
 * a 400 problem naming each field like any validation error of the platform ({@link InvalidInputAdvice}).
 */
public class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super("Invalid input");
        this.problems = List.copyOf(problems);
    }

    public InvalidInput(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** A field as named in the request ({@code serviceId}, {@code branchIds[1]}) and the message key. */
    public record FieldProblem(String field, String messageKey) {}
}
