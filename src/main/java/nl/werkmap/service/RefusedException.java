package nl.werkmap.service;

import java.util.List;

import nl.werkmap.domain.validation.ValidationProblem;

/**
 * A user action the rules refuse (an end before the start, a loonwaarde over 100%, a proefplaatsing longer than six
 * months): nothing was written. The problems carry message keys, so the screen can show them at their fields in
 * Dutch or English.
 */
public final class RefusedException extends RuntimeException {

    private final List<ValidationProblem> problems;

    public RefusedException(List<ValidationProblem> problems) {
        super("Niet opgeslagen: " + problems.stream().map(ValidationProblem::messageKey).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    static void throwIfAny(List<ValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
    }
}
