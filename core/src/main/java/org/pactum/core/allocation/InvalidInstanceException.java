package org.pactum.core.allocation;

import java.util.List;
import java.util.stream.Collectors;

/** The instance cannot be solved as given; {@link #problems()} says what to correct, row by row. */
public final class InvalidInstanceException extends IllegalArgumentException {

    private final transient List<InstanceProblem> problems;

    public InvalidInstanceException(List<InstanceProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<InstanceProblem> problems() {
        return problems;
    }

    private static String summary(List<InstanceProblem> problems) {
        String shown = problems.stream().limit(20).map(InstanceProblem::describe).collect(Collectors.joining("; "));
        return "invalid allocation instance: " + shown + (problems.size() > 20 ? "; and " + (problems.size() - 20) + " more" : "");
    }
}
