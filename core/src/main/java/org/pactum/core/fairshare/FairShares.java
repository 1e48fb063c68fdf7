package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Each participating state's fair share under one key and data year, in alphabetical order of
 * state. Shares are decimals computed with {@link java.math.MathContext#DECIMAL128} (34 significant
 * digits); they add up to one within {@value #SUM_TOLERANCE}. Notes record every fallback applied
 * to missing data, so a published share can say exactly what it rests on.
 */
public record FairShares(String keyId, int dataYear, List<StateShare> shares, List<KeyProblem> notes) {

    /** The largest distance from one that the sum of all shares may have. */
    public static final double SUM_TOLERANCE = 1e-12;

    public FairShares {
        Objects.requireNonNull(keyId, "key id");
        shares = shares.stream().sorted(Comparator.comparing(StateShare::state)).toList();
        notes = List.copyOf(notes);
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("fair shares need at least one state");
        }
        BigDecimal sum = shares.stream().map(StateShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().doubleValue() > SUM_TOLERANCE) {
            throw new IllegalArgumentException("fair shares must add up to one, they add up to " + sum);
        }
    }

    public Optional<StateShare> of(StateCode state) {
        return shares.stream().filter(share -> share.state().equals(state)).findFirst();
    }

    /** The shares by state, in alphabetical order: the input an apportionment method takes. */
    public Map<StateCode, BigDecimal> asMap() {
        Map<StateCode, BigDecimal> map = new LinkedHashMap<>();
        shares.forEach(share -> map.put(share.state(), share.share()));
        return map;
    }
}
