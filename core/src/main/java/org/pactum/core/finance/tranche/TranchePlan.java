package org.pactum.core.finance.tranche;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pactum.core.finance.instrument.Instrument;
import org.pactum.core.finance.money.Totals;
import org.pactum.core.pool.Money;

/**
 * An instrument paid in tranches: the tranches belong to the instrument, are in its currency and
 * add up exactly to its amount (a plan that leaves money unscheduled or over-schedules it is
 * refused).
 */
public record TranchePlan(Instrument instrument, List<Tranche> tranches) {

    public TranchePlan {
        Objects.requireNonNull(instrument, "instrument");
        tranches = List.copyOf(tranches);
        if (tranches.isEmpty()) {
            throw new IllegalArgumentException("tranches: a plan needs at least one tranche");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tranches.size(); i++) {
            Tranche tranche = tranches.get(i);
            if (!tranche.instrument().equals(instrument.id())) {
                throw new IllegalArgumentException("tranches[" + i + "].instrument: belongs to " + tranche.instrument() + ", not " + instrument.id());
            }
            if (!ids.add(tranche.id())) {
                throw new IllegalArgumentException("tranches[" + i + "].id: " + tranche.id() + " is used twice");
            }
        }
        Money total = Totals.sum(instrument.currency(), tranches.stream().map(Tranche::amount).toList());
        if (!total.equals(instrument.amount())) {
            throw new IllegalArgumentException("tranches: they add up to " + total + " but the instrument is for " + instrument.amount());
        }
    }

    public Tranche tranche(String id) {
        return tranches.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("trancheId: no tranche " + id + " in the plan of " + instrument.id()));
    }
}
