package org.pactum.core.allocation;

import java.util.List;
import java.util.stream.Collectors;

/** No allocation meets all rules; {@link #reasons()} explains which constraint, destinations and households. */
public final class InfeasibleInstanceException extends RuntimeException {

    private final transient List<Infeasibility> reasons;

    public InfeasibleInstanceException(List<Infeasibility> reasons) {
        super("no allocation meets all rules: " + reasons.stream().limit(20).map(Infeasibility::describe).collect(Collectors.joining("; "))
                + (reasons.size() > 20 ? "; and " + (reasons.size() - 20) + " more" : ""));
        this.reasons = List.copyOf(reasons);
    }

    public List<Infeasibility> reasons() {
        return reasons;
    }
}
