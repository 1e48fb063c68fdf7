package org.pactum.core.finance.instrument;

import java.math.BigDecimal;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * A guarantee or risk-sharing instrument: the donor covers {@code coverageShare} of an exposure
 * (a loan to the partner state, an investment in a labour-mobility scheme) and pays out only if the
 * {@code triggerEvent} occurs. Its {@link #amount()} is the maximum call, the covered share of the
 * exposure rounded half-even to the minor unit; nothing is disbursed unless the guarantee is called.
 */
public record Guarantee(InstrumentId id, FinancingParties parties, Money coveredExposure, BigDecimal coverageShare,
                        String triggerEvent) implements Instrument {

    public Guarantee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parties, "parties");
        Instruments.requirePositive(coveredExposure, "coveredExposure");
        Instruments.requireShare(coverageShare, "coverageShare");
        FinancingParties.required(triggerEvent, "triggerEvent");
    }

    /** The maximum call: coverageShare × coveredExposure. */
    @Override
    public Money amount() {
        return Instruments.share(coveredExposure, coverageShare);
    }

    @Override
    public String kind() {
        return coverageShare.compareTo(BigDecimal.ONE) == 0 ? "guarantee" : "risk-sharing guarantee";
    }
}
