package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The distribution key the Commission proposed in 2015 for relocating asylum seekers from Italy and
 * Greece (and later Hungary) and for resettling refugees: 40 % population, 40 % total GDP, and two
 * corrective criteria that count inversely, 10 % each: past asylum effort (average asylum
 * applications plus resettled refugees per million inhabitants, 2010–2014) and the unemployment
 * rate. The benefitting states are excluded and the key is recomputed over the others.
 *
 * <p><b>Inverse effect.</b> {@code (1/x_i) / Σ_j (1/x_j)} over the participating states. Estonia,
 * with 64 applications per million, had an inverse asylum effect of (1/64) / 0.14940961 = 10.46 %.
 *
 * <p><b>Cap (our reading).</b> The Commission describes each corrective criterion as "capped at
 * 30 % of the population and GDP effect on the key" without publishing the arithmetic. Pactum reads
 * it per state: the corrective effect {@code 0.10 × inverseShare_i} may not exceed
 * {@code cap × (0.40 × populationShare_i + 0.40 × gdpShare_i)}; then every state's share is its
 * population and GDP effect plus its (capped) corrective effects, divided by the sum of these over
 * all participating states. The cap is a parameter; {@link #withoutCap()} leaves it out.
 */
public record EuRelocation2015Key(Optional<BigDecimal> cap) implements DistributionKey {

    /** The cap the Commission describes: 30 % of the population and GDP effect. */
    public static final BigDecimal COMMISSION_CAP = new BigDecimal("0.30");

    private static final BigDecimal FORTY_PERCENT = new BigDecimal("0.4");
    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.1");

    public EuRelocation2015Key {
        Objects.requireNonNull(cap, "cap");
        if (cap.isPresent() && cap.get().signum() <= 0) {
            throw new IllegalArgumentException("the cap of the corrective criteria must be positive, was " + cap.get());
        }
    }

    public static EuRelocation2015Key asDescribedByTheCommission() {
        return new EuRelocation2015Key(Optional.of(COMMISSION_CAP));
    }

    public static EuRelocation2015Key withoutCap() {
        return new EuRelocation2015Key(Optional.empty());
    }

    @Override
    public String id() {
        return "eu-relocation-2015";
    }

    @Override
    public String title() {
        return "EU relocation key (2015)";
    }

    @Override
    public String formula() {
        return "share_i ∝ 0.4 × population share_i + 0.4 × GDP share_i + 0.1 × inverse asylum effort effect_i"
                + " + 0.1 × inverse unemployment effect_i; inverse effect_i = (1/x_i) / Σ_j (1/x_j)"
                + cap.map(c -> "; each corrective effect at most " + c.movePointRight(2).stripTrailingZeros().toPlainString()
                        + " % of the state's population and GDP effect").orElse("");
    }

    @Override
    public String legalSource() {
        return "European Agenda on Migration, COM(2015) 240 final, Annex; COM(2015) 286 final; "
                + "Council Decisions (EU) 2015/1523 and (EU) 2015/1601";
    }

    @Override
    public List<Criterion> criteria() {
        Criterion asylumEffort = Criterion.inverse(IndicatorCode.ASYLUM_EFFORT_PER_MILLION, TEN_PERCENT);
        Criterion unemployment = Criterion.inverse(IndicatorCode.UNEMPLOYMENT_RATE, TEN_PERCENT);
        return List.of(
                Criterion.direct(IndicatorCode.POPULATION, FORTY_PERCENT),
                Criterion.direct(IndicatorCode.GDP, FORTY_PERCENT),
                cap.map(asylumEffort::cappedAt).orElse(asylumEffort),
                cap.map(unemployment::cappedAt).orElse(unemployment));
    }
}
