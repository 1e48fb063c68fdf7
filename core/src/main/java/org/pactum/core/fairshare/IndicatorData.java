package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The statistics a key is computed from, as the caller supplies them: for each indicator and
 * participant, values by year, and the data year the key is computed for.
 *
 * <p>Pactum's core loads nothing itself; the server fills this from its reference data (with
 * provenance kept there). Earlier years may be supplied so that a user-defined key can fall back to
 * a participant's latest earlier figure when the data year is missing.
 */
public final class IndicatorData {

    /** A value of an indicator for a participant, and the year it refers to. */
    public record Observation(int year, BigDecimal value) {
        public Observation {
            Objects.requireNonNull(value, "value");
        }
    }

    private final int dataYear;
    private final Map<IndicatorCode, Map<StateCode, NavigableMap<Integer, BigDecimal>>> series;

    private IndicatorData(int dataYear, Map<IndicatorCode, Map<StateCode, NavigableMap<Integer, BigDecimal>>> series) {
        this.dataYear = dataYear;
        this.series = series;
    }

    /** Starts collecting values for keys computed on {@code dataYear}. */
    public static Builder forYear(int dataYear) {
        return new Builder(dataYear);
    }

    public int dataYear() {
        return dataYear;
    }

    /** The value of {@code indicator} for {@code state} in the data year, if supplied. */
    public Optional<BigDecimal> value(IndicatorCode indicator, StateCode state) {
        return Optional.ofNullable(yearsOf(indicator, state).get(dataYear));
    }

    /** The latest value of {@code indicator} for {@code state} from a year before the data year. */
    public Optional<Observation> latestEarlier(IndicatorCode indicator, StateCode state) {
        return Optional.ofNullable(yearsOf(indicator, state).lowerEntry(dataYear))
                .map(entry -> new Observation(entry.getKey(), entry.getValue()));
    }

    private NavigableMap<Integer, BigDecimal> yearsOf(IndicatorCode indicator, StateCode state) {
        return series.getOrDefault(indicator, Map.of()).getOrDefault(state, Collections.emptyNavigableMap());
    }

    /** Collects values; a later value for the same indicator, participant and year replaces an earlier one. */
    public static final class Builder {
        private final int dataYear;
        private final Map<IndicatorCode, Map<StateCode, NavigableMap<Integer, BigDecimal>>> series = new HashMap<>();

        private Builder(int dataYear) {
            this.dataYear = dataYear;
        }

        /** A value for the data year. */
        public Builder value(IndicatorCode indicator, StateCode state, BigDecimal value) {
            return value(indicator, state, dataYear, value);
        }

        /** A whole-number value (persons, currency units) for the data year. */
        public Builder value(IndicatorCode indicator, StateCode state, long value) {
            return value(indicator, state, dataYear, BigDecimal.valueOf(value));
        }

        /** A value for a given year, which may be earlier than the data year. */
        public Builder value(IndicatorCode indicator, StateCode state, int year, BigDecimal value) {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(value, "value of " + indicator + " for " + state);
            series.computeIfAbsent(indicator, i -> new HashMap<>())
                    .computeIfAbsent(state, s -> new TreeMap<>())
                    .put(year, value);
            return this;
        }

        public IndicatorData build() {
            Map<IndicatorCode, Map<StateCode, NavigableMap<Integer, BigDecimal>>> copy = new HashMap<>();
            series.forEach((indicator, byState) -> {
                Map<StateCode, NavigableMap<Integer, BigDecimal>> states = new HashMap<>();
                byState.forEach((state, years) -> states.put(state, new TreeMap<>(years)));
                copy.put(indicator, Map.copyOf(states));
            });
            return new IndicatorData(dataYear, Map.copyOf(copy));
        }
    }
}
