package org.pactum.server.fairshare;

import java.util.List;
import java.util.Optional;

/**
 * A request for fair shares: which key, which data year, which states take part and which are
 * excluded (benefitting states), how many persons to share out, by which apportionment method,
 * and the money equivalent of one person (EUR per relocation). A custom key lists its criteria.
 */
public record FairShareRequest(String key, Integer dataYear, List<String> participants, List<String> excluded,
        Long total, String method, Long euroPerPerson, List<CriterionSpec> criteria) {

    /** The data year when none is given. */
    public static final int DEFAULT_DATA_YEAR = 2024;

    public static final long MAX_TOTAL = 1_000_000_000L;
    public static final long DEFAULT_EURO_PER_PERSON = 20_000L;

    /** One criterion of a custom key, as a negotiator writes it. */
    public record CriterionSpec(String indicator, Double weight, String direction, Double cap, String whenMissing) {

        public CriterionSpec {
            weight = weight == null ? 0.0 : weight;
        }

        public Optional<Double> capValue() {
            return Optional.ofNullable(cap);
        }

        public Optional<String> whenMissingRule() {
            return Optional.ofNullable(whenMissing).filter(w -> !w.isBlank());
        }
    }

    public FairShareRequest {
        participants = participants == null ? List.of() : List.copyOf(participants);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        key = key == null || key.isBlank() ? "eu-ammr-2024" : key.strip();
        method = method == null || method.isBlank() ? "hamilton" : method.strip();
        dataYear = dataYear == null ? DEFAULT_DATA_YEAR : dataYear;
        total = total == null ? 0L : total;
        euroPerPerson = euroPerPerson == null ? DEFAULT_EURO_PER_PERSON : euroPerPerson;
    }
}
