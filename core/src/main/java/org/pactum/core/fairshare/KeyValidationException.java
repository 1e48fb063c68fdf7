package org.pactum.core.fairshare;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A key was asked for that cannot be computed: weights that do not add up, a state without a
 * value, a zero in an inverse indicator. Carries every problem found, not just the first, so that
 * a negotiator can fix the data in one pass.
 */
public final class KeyValidationException extends RuntimeException {

    private final transient List<KeyProblem> problems;

    public KeyValidationException(List<KeyProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<KeyProblem> problems() {
        return problems;
    }

    private static String describe(List<KeyProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(KeyProblem::toString).collect(Collectors.joining("; "));
    }
}
