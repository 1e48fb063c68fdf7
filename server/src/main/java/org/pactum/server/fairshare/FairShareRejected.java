package org.pactum.server.fairshare;

import java.util.List;

/**
 * A fair-share or pool request that cannot be computed as asked: each problem names the state,
 * indicator or field at fault. Nothing is stored.
 */
public class FairShareRejected extends RuntimeException {

    /** One reason, naming what it is about: a field, a state, an indicator. */
    public record Problem(String subject, String message) {
        @Override
        public String toString() {
            return subject.isEmpty() ? message : subject + ": " + message;
        }
    }

    private final List<Problem> problems;

    public FairShareRejected(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.problems = List.copyOf(problems);
    }

    public FairShareRejected(String subject, String message) {
        this(List.of(new Problem(subject, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
