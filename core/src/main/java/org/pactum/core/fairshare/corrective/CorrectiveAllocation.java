package org.pactum.core.fairshare.corrective;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.pactum.core.apportionment.ApportionmentMethod;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.StateCode;

/**
 * The corrective allocation mechanism of the 2016 Dublin reform proposal, as a what-if over one
 * period's figures. Each Member State's reference number is its share under the reference key
 * ({@link org.pactum.core.fairshare.DublinIv2016Key}) times all applications lodged. A state whose
 * applications exceed 150 % of its reference number triggers the mechanism; the applicants beyond
 * that threshold ({@code applications − ⌊1.5 × reference number⌋}) are allocated to the Member
 * States below 100 % of their reference number, in proportion to their reference shares among
 * those states, in whole persons by the chosen apportionment method.
 *
 * <p>The proposal works applicant by applicant as applications arrive; this model looks at the
 * period as a whole and does not stop allocating to a state once it reaches 100 %.
 */
public record CorrectiveAllocation(List<StatePosition> states) {

    /** Above this multiple of its reference number a state triggers the mechanism (150 %). */
    public static final BigDecimal TRIGGER = new BigDecimal("1.5");

    public CorrectiveAllocation {
        states = List.copyOf(states);
    }

    public static CorrectiveAllocation apply(FairShares referenceKey, Map<StateCode, Long> applications, ApportionmentMethod method) {
        Objects.requireNonNull(referenceKey, "reference key");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(method, "apportionment method");
        Map<StateCode, BigDecimal> shares = referenceKey.asMap();
        TreeSet<StateCode> unknown = new TreeSet<>(applications.keySet());
        unknown.removeAll(shares.keySet());
        TreeSet<StateCode> missing = new TreeSet<>(shares.keySet());
        missing.removeAll(applications.keySet());
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            throw new IllegalArgumentException("applications must be given for exactly the states of the reference key; "
                    + (missing.isEmpty() ? "" : "missing " + missing + " ") + (unknown.isEmpty() ? "" : "not in the key " + unknown));
        }
        long total = 0;
        for (Map.Entry<StateCode, Long> entry : applications.entrySet()) {
            if (entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("applications in " + entry.getKey() + " must be zero or more, were " + entry.getValue());
            }
            total = Math.addExact(total, entry.getValue());
        }
        BigDecimal all = BigDecimal.valueOf(total);
        Map<StateCode, Long> onward = new LinkedHashMap<>();
        Map<StateCode, BigDecimal> receivingShares = new LinkedHashMap<>();
        long toAllocate = 0;
        for (Map.Entry<StateCode, BigDecimal> entry : shares.entrySet()) {
            BigDecimal reference = entry.getValue().multiply(all, MathContext.DECIMAL128);
            BigDecimal lodged = BigDecimal.valueOf(applications.get(entry.getKey()));
            if (lodged.compareTo(TRIGGER.multiply(reference)) > 0) {
                long threshold = TRIGGER.multiply(reference).setScale(0, RoundingMode.FLOOR).longValueExact();
                onward.put(entry.getKey(), lodged.longValueExact() - threshold);
                toAllocate += lodged.longValueExact() - threshold;
            } else if (lodged.compareTo(reference) < 0) {
                receivingShares.put(entry.getKey(), entry.getValue());
            }
        }
        Map<StateCode, Long> allocated = receivingShares.isEmpty() || toAllocate == 0
                ? Map.of() : method.apportion(receivingShares, toAllocate).persons();
        List<StatePosition> positions = new ArrayList<>();
        for (Map.Entry<StateCode, BigDecimal> entry : shares.entrySet()) {
            StateCode state = entry.getKey();
            BigDecimal reference = entry.getValue().multiply(all, MathContext.DECIMAL128);
            long lodged = applications.get(state);
            Optional<BigDecimal> percent = reference.signum() == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(lodged).multiply(BigDecimal.valueOf(100)).divide(reference, MathContext.DECIMAL128));
            positions.add(new StatePosition(state, entry.getValue(), lodged, reference, percent, onward.containsKey(state),
                    receivingShares.containsKey(state), onward.getOrDefault(state, 0L), allocated.getOrDefault(state, 0L)));
        }
        return new CorrectiveAllocation(positions);
    }

    public Optional<StatePosition> of(StateCode state) {
        return states.stream().filter(position -> position.state().equals(state)).findFirst();
    }

    /** All applicants moved from triggering states to receiving ones. */
    public long allocatedOnward() {
        return states.stream().mapToLong(StatePosition::allocatedOnward).sum();
    }
}
