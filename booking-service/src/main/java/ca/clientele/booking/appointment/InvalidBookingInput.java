package ca.clientele.booking.appointment;

import java.util.List;

/**
 * Input Bean Validation cannot judge alone (an unknown service, a slot outside the hours, another client's pet, a
 * missing vaccination): a 400 problem naming each field like any validation error of the platform, nothing stored.
 */
public class InvalidBookingInput extends RuntimeException {

    private final String reason;
    private final List<FieldProblem> problems;
    private final boolean detailFromProblems;

    InvalidBookingInput(String reason, List<FieldProblem> problems, boolean detailFromProblems) {
        super("Invalid booking input");
        this.reason = reason;
        this.problems = List.copyOf(problems);
        this.detailFromProblems = detailFromProblems;
    }

    public InvalidBookingInput(String field, String messageKey, Object... arguments) {
        this("INVALID", List.of(new FieldProblem(field, messageKey, arguments)), false);
    }

    /** A code saying why, for a recurring booking's conflicts (VACCINATION, OUTSIDE_HOURS…). */
    String reason() {
        return reason;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** Whether the problem's detail is the messages themselves (a refusal to read as such) or the generic one. */
    boolean detailFromProblems() {
        return detailFromProblems;
    }

    /** A field as named in the request ({@code start}, {@code petIds}) and its message. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {}
}
