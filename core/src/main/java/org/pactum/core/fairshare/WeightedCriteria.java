package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The arithmetic every key shares: resolve each state's value for each criterion, check it, turn it
 * into a direct or inverse share, weigh it, cap it, and normalise. Divisions and the final shares are
 * rounded to {@link MathContext#DECIMAL128} (34 significant digits); weighing, capping and adding are exact.
 */
final class WeightedCriteria {

    static final MathContext MC = MathContext.DECIMAL128;
    /** How far from one the weights of a key may add up to. */
    static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("1E-9");

    private WeightedCriteria() {
    }

    /** Problems with a list of criteria on its own, before any data is looked at. */
    static List<KeyProblem> checkCriteria(List<Criterion> criteria) {
        List<KeyProblem> problems = new ArrayList<>();
        if (criteria.isEmpty()) {
            problems.add(KeyProblem.general("a key needs at least one criterion"));
            return problems;
        }
        Set<IndicatorCode> seen = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!seen.add(criterion.indicator())) {
                problems.add(KeyProblem.ofIndicator(criterion.indicator(), "the indicator appears in more than one criterion"));
            }
        }
        BigDecimal sum = criteria.stream().map(Criterion::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(WEIGHT_TOLERANCE) > 0) {
            problems.add(KeyProblem.general("the weights must add up to 1 (within 1e-9), they add up to " + sum.toPlainString()));
        }
        if (criteria.stream().allMatch(criterion -> criterion.cap().isPresent())) {
            problems.add(KeyProblem.general("caps are relative to the uncapped criteria, so at least one criterion must be uncapped"));
        }
        return problems;
    }

    static FairShares compute(String keyId, List<Criterion> criteria, SortedSet<StateCode> sharing, IndicatorData data) {
        List<KeyProblem> problems = checkCriteria(criteria);
        List<KeyProblem> notes = new ArrayList<>();
        Set<StateCode> skipped = new TreeSet<>();
        List<Map<StateCode, BigDecimal>> values = new ArrayList<>(criteria.size());
        for (Criterion criterion : criteria) {
            values.add(resolve(criterion, sharing, data, problems, notes, skipped));
        }
        problems.removeIf(problem -> problem.state().filter(skipped::contains).isPresent());
        List<StateCode> states = new ArrayList<>(sharing);
        states.removeAll(skipped);
        if (states.isEmpty()) {
            problems.add(KeyProblem.general("no participating state is left once states without data are left out"));
        }
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            boolean complete = values.get(c).keySet().containsAll(states);
            if (criterion.direction() == Direction.DIRECT && !states.isEmpty() && complete
                    && sum(states, values.get(c)).signum() == 0) {
                problems.add(KeyProblem.ofIndicator(criterion.indicator(), "every participating state has zero, so no share can be taken of it"));
            }
        }
        if (!problems.isEmpty()) {
            throw new KeyValidationException(problems);
        }
        return weigh(keyId, data.dataYear(), criteria, states, values, notes);
    }

    private static Map<StateCode, BigDecimal> resolve(Criterion criterion, SortedSet<StateCode> sharing, IndicatorData data,
                                                      List<KeyProblem> problems, List<KeyProblem> notes, Set<StateCode> skipped) {
        IndicatorCode indicator = criterion.indicator();
        int year = data.dataYear();
        Map<StateCode, BigDecimal> resolved = new HashMap<>();
        for (StateCode state : sharing) {
            Optional<BigDecimal> value = data.value(indicator, state);
            if (value.isEmpty()) {
                switch (criterion.whenMissing()) {
                    case FAIL -> problems.add(KeyProblem.of(state, indicator, "no value for " + year));
                    case SKIP_STATE -> {
                        skipped.add(state);
                        notes.add(KeyProblem.of(state, indicator, "no value for " + year + "; the state is left out of the key"));
                    }
                    case USE_LATEST_EARLIER_YEAR -> {
                        Optional<IndicatorData.Observation> earlier = data.latestEarlier(indicator, state);
                        earlier.ifPresentOrElse(observation -> notes.add(KeyProblem.of(state, indicator,
                                        "no value for " + year + "; the " + observation.year() + " value is used")),
                                () -> problems.add(KeyProblem.of(state, indicator, "no value for " + year + " or any earlier year")));
                        value = earlier.map(IndicatorData.Observation::value);
                    }
                    case USE_ZERO -> {
                        notes.add(KeyProblem.of(state, indicator, "no value for " + year + "; counted as zero"));
                        value = Optional.of(BigDecimal.ZERO);
                    }
                }
            }
            if (value.isPresent()) {
                BigDecimal x = value.get();
                if (criterion.direction() == Direction.INVERSE && x.signum() <= 0) {
                    problems.add(KeyProblem.of(state, indicator, "the value " + x.toPlainString()
                            + " is zero or negative and cannot be inverted"));
                } else if (x.signum() < 0) {
                    problems.add(KeyProblem.of(state, indicator, "the value " + x.toPlainString() + " is negative"));
                } else {
                    resolved.put(state, x);
                }
            }
        }
        return resolved;
    }

    private static FairShares weigh(String keyId, int dataYear, List<Criterion> criteria, List<StateCode> states,
                                    List<Map<StateCode, BigDecimal>> values, List<KeyProblem> notes) {
        int n = states.size();
        int k = criteria.size();
        BigDecimal[][] shares = new BigDecimal[k][];
        BigDecimal[][] effects = new BigDecimal[k][];
        BigDecimal[] uncapped = filled(n);
        for (int c = 0; c < k; c++) {
            Criterion criterion = criteria.get(c);
            shares[c] = criterionShares(criterion.direction(), states, values.get(c));
            effects[c] = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                effects[c][i] = criterion.weight().multiply(shares[c][i]);
                if (criterion.cap().isEmpty()) {
                    uncapped[i] = uncapped[i].add(effects[c][i]);
                }
            }
        }
        boolean[][] capped = new boolean[k][n];
        BigDecimal[] raw = uncapped.clone();
        for (int c = 0; c < k; c++) {
            Optional<BigDecimal> cap = criteria.get(c).cap();
            if (cap.isPresent()) {
                for (int i = 0; i < n; i++) {
                    BigDecimal ceiling = cap.get().multiply(uncapped[i]);
                    if (effects[c][i].compareTo(ceiling) > 0) {
                        effects[c][i] = ceiling;
                        capped[c][i] = true;
                    }
                    raw[i] = raw[i].add(effects[c][i]);
                }
            }
        }
        BigDecimal scale = BigDecimal.ONE.divide(sum(raw), MC);
        List<StateShare> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<CriterionEffect> breakdown = new ArrayList<>(k);
            for (int c = 0; c < k; c++) {
                breakdown.add(new CriterionEffect(criteria.get(c).indicator(), shares[c][i], effects[c][i], capped[c][i]));
            }
            result.add(new StateShare(states.get(i), raw[i].multiply(scale, MC), breakdown));
        }
        return new FairShares(keyId, dataYear, result, notes);
    }

    private static BigDecimal[] criterionShares(Direction direction, List<StateCode> states, Map<StateCode, BigDecimal> values) {
        int n = states.size();
        BigDecimal[] terms = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            BigDecimal x = values.get(states.get(i));
            terms[i] = direction == Direction.DIRECT ? x : BigDecimal.ONE.divide(x, MC);
        }
        BigDecimal scale = BigDecimal.ONE.divide(sum(terms), MC);
        for (int i = 0; i < n; i++) {
            terms[i] = terms[i].multiply(scale, MC);
        }
        return terms;
    }

    private static BigDecimal sum(List<StateCode> states, Map<StateCode, BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (StateCode state : states) {
            sum = sum.add(values.getOrDefault(state, BigDecimal.ZERO));
        }
        return sum;
    }

    private static BigDecimal sum(BigDecimal[] terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal term : terms) {
            sum = sum.add(term);
        }
        return sum.round(MC);
    }

    private static BigDecimal[] filled(int n) {
        BigDecimal[] zeros = new BigDecimal[n];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }
}
