package org.pactum.core.fairshare;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A key a negotiator defines for a what-if: weighted criteria, each direct or inverse, optionally
 * capped (see {@link Criterion} for the cap rule), with a rule for missing values, and states the key
 * leaves out (on top of any the participants already exclude).
 *
 * <p>Weights must add up to one within 1e-9; shares are normalised so that they add up to one
 * exactly as far as {@link FairShares} promises. A key whose criteria are inconsistent cannot be
 * built: the constructor throws a {@link KeyValidationException} listing every problem.
 */
public record CustomKey(String id, String title, List<Criterion> criteria, SortedSet<StateCode> exclusions)
        implements DistributionKey {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public CustomKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a key id is 1 to 64 lowercase letters, digits or '-', was '" + id + "'");
        }
        criteria = List.copyOf(criteria);
        exclusions = Collections.unmodifiableSortedSet(new TreeSet<>(exclusions));
        List<KeyProblem> problems = WeightedCriteria.checkCriteria(criteria);
        if (!problems.isEmpty()) {
            throw new KeyValidationException(problems);
        }
    }

    public CustomKey(String id, String title, List<Criterion> criteria) {
        this(id, title, criteria, new TreeSet<>());
    }

    @Override
    public String formula() {
        return "share_i ∝ " + criteria.stream().map(CustomKey::term).collect(Collectors.joining(" + "))
                + (exclusions.isEmpty() ? "" : ", without " + exclusions);
    }

    private static String term(Criterion criterion) {
        String share = criterion.direction() == Direction.DIRECT
                ? criterion.indicator() + " share_i"
                : "inverse " + criterion.indicator() + " effect_i";
        return criterion.weight().stripTrailingZeros().toPlainString() + " × " + share
                + criterion.cap().map(cap -> " (at most " + cap.stripTrailingZeros().toPlainString()
                        + " × uncapped effect_i)").orElse("");
    }

    @Override
    public String legalSource() {
        return "user-defined key";
    }

    @Override
    public FairShares compute(Participants participants, IndicatorData data) {
        SortedSet<StateCode> sharing = new TreeSet<>(participants.sharing());
        sharing.removeAll(exclusions);
        return WeightedCriteria.compute(id, criteria, sharing, data);
    }
}
