package org.pactum.core.fairshare;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason a key cannot be computed as asked, or one fallback applied while computing it: which
 * state, which indicator, and what is wrong in words a negotiator can act on.
 */
public record KeyProblem(Optional<StateCode> state, Optional<IndicatorCode> indicator, String message) {

    public KeyProblem {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(message, "message");
    }

    public static KeyProblem of(StateCode state, IndicatorCode indicator, String message) {
        return new KeyProblem(Optional.of(state), Optional.of(indicator), message);
    }

    public static KeyProblem ofIndicator(IndicatorCode indicator, String message) {
        return new KeyProblem(Optional.empty(), Optional.of(indicator), message);
    }

    public static KeyProblem general(String message) {
        return new KeyProblem(Optional.empty(), Optional.empty(), message);
    }

    @Override
    public String toString() {
        String where = state.map(StateCode::toString).orElse("")
                + (state.isPresent() && indicator.isPresent() ? " / " : "")
                + indicator.map(IndicatorCode::toString).orElse("");
        return where.isEmpty() ? message : where + ": " + message;
    }
}
