package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.List;

/**
 * Germany's Königstein key, which the Länder use to share out asylum seekers among themselves:
 * two thirds by tax revenue, one third by population. The Länder are the participants here, named
 * by three-letter codes the caller chooses, and their tax revenue and population are supplied as
 * user data (the official key is recomputed every year by the Joint Science Conference).
 *
 * <p>Arrivals are then distributed one by one by the EASY system: each goes to the Land furthest
 * below its quota; that sequential rule is the apportionment method
 * {@code org.pactum.core.apportionment.FurthestBelowQuota}.
 */
public record KoenigsteinKey() implements DistributionKey {

    private static final BigDecimal TWO_THIRDS = BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), WeightedCriteria.MC);
    private static final BigDecimal ONE_THIRD = BigDecimal.ONE.divide(BigDecimal.valueOf(3), WeightedCriteria.MC);

    @Override
    public String id() {
        return "de-koenigstein";
    }

    @Override
    public String title() {
        return "Königstein key with the EASY distribution of arrivals (Germany)";
    }

    @Override
    public String formula() {
        return "share_i = 2/3 × tax revenue_i / Σ_j tax revenue_j + 1/3 × population_i / Σ_j population_j, over the Länder; "
                + "each arrival goes to the Land with the largest share_i × n − assigned_i, n counting this arrival";
    }

    @Override
    public String legalSource() {
        return "Königsteiner Staatsabkommen (1949); Asylgesetz (AsylG) § 45 (Aufnahmequoten) and § 46 (EASY)";
    }

    @Override
    public List<Criterion> criteria() {
        return List.of(Criterion.direct(IndicatorCode.TAX_REVENUE, TWO_THIRDS), Criterion.direct(IndicatorCode.POPULATION, ONE_THIRD));
    }
}
