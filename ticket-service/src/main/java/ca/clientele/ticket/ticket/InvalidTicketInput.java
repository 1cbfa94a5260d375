package ca.clientele.ticket.ticket;

import java.util.List;

/**
 * Input Bean Validation cannot judge alone (a body empty once sanitised, an unknown category): a 400 problem naming
 * each field like any validation error of the platform.
 */
class InvalidTicketInput extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidTicketInput(List<FieldProblem> problems) {
        super("Invalid ticket input");
        this.problems = List.copyOf(problems);
    }

    InvalidTicketInput(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** A field as named in the request ({@code body}, {@code serviceOptionIds[1]}) and the message key. */
    record FieldProblem(String field, String messageKey) {}
}
