package org.pactum.core.fairshare;

import java.math.BigDecimal;
import java.util.List;

/**
 * The reference key of the Asylum and Migration Management Regulation: half by population, half by
 * total GDP, over the participating Member States. It sets each contributing Member State's fair
 * share of the Annual Solidarity Pool, in relocations and in financial contributions alike.
 */
public record EuAmmr2024Key() implements DistributionKey {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Override
    public String id() {
        return "eu-ammr-2024";
    }

    @Override
    public String title() {
        return "EU Asylum and Migration Management reference key (2024)";
    }

    @Override
    public String formula() {
        return "share_i = 0.5 × population_i / Σ_j population_j + 0.5 × GDP_i / Σ_j GDP_j, over the participating Member States";
    }

    @Override
    public String legalSource() {
        return "Regulation (EU) 2024/1351 on asylum and migration management, Article 66 and Annex I";
    }

    @Override
    public List<Criterion> criteria() {
        return List.of(Criterion.direct(IndicatorCode.POPULATION, HALF), Criterion.direct(IndicatorCode.GDP, HALF));
    }
}
