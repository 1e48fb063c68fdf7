package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.List;

/**
 * The reference key of the 2016 Dublin reform proposal ("Dublin IV"): half population, half total
 * GDP. It fixes each Member State's reference number of applications; a state whose applications
 * pass 150 % of that number would have further applicants allocated to states below 100 %
 * (see {@code org.pactum.core.fairshare.corrective}). The proposal was never adopted; the key is
 * kept for comparison with the 2024 regime.
 */
public record DublinIv2016Key() implements DistributionKey {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public String id() {
        return "dublin-iv-2016";
    }

    @Override
    public String title() {
        return "Dublin IV proposal reference key (2016)";
    }

    @Override
    public String formula() {
        return "share_i = 0.5 × population_i / Σ_j population_j + 0.5 × GDP_i / Σ_j GDP_j; "
                + "reference number_i = share_i × total applications; corrective allocation above 150 % of it";
    }

    @Override
    public String legalSource() {
        return "Commission proposal COM(2016) 270 final (recast of the Dublin Regulation), Chapter VII, Articles 34 to 36";
    }

    @Override
    public List<Criterion> criteria() {
        return List.of(Criterion.direct(IndicatorCode.POPULATION, HALF), Criterion.direct(IndicatorCode.GDP, HALF));
    }
}
