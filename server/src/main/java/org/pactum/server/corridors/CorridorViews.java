package org.pactum.server.corridors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pactum.core.compliance.ComplianceStatus;
import org.pactum.core.corridors.RemittanceCostBand;
import org.pactum.core.corridors.StockTrend;
import org.pactum.core.corridors.VisaReciprocity;
import org.pactum.core.corridors.VisaRegime;
import org.pactum.server.reference.Country;

/** What the corridor pages, the API and the command line show: read-only views, never stored. */
public final class CorridorViews {

    private CorridorViews() {
    }

    /** Where a section's figures come from, named even when it has none for the pair. */
    public record Source(String indicator, String name, String edition, String licence) {
    }

    /** One value of a series in a period. */
    public record Point(String period, double value) {

        /** The value rounded to a whole number (persons, detections). */
        public long whole() {
            return Math.round(value);
        }
    }

    /** The whole relationship between A and B. "A in B" always means A's nationals (or A-born) in B. */
    public record Scorecard(Country a, Country b, Visas visas, Stocks stocks, Remittances remittances, Asylum asylum,
            Detections detections, List<AgreementLine> agreements, Balance balance) {
    }

    /** The visa regime each way (Passport Index snapshot) and the reciprocity gap. */
    public record Visas(Optional<VisaRegime> aIntoB, Optional<VisaRegime> bIntoA, Optional<Integer> daysAInB,
            Optional<Integer> daysBInA, Optional<String> period, Optional<VisaReciprocity> reciprocity, Source source) {
    }

    /** Migrant stock each way (UN DESA): persons born in A living in B, and the reverse, with trends. */
    public record Stocks(List<Point> aBornInB, List<Point> bBornInA, Optional<StockTrend> trendAInB,
            Optional<StockTrend> trendBInA, Source source) {
    }

    /** One quarter of the cost of sending USD 200, with its SDG 10.c.1 band. */
    public record CostPoint(String period, double percent, RemittanceCostBand band) {
    }

    /**
     * Remittances each way: the World Bank/KNOMAD bilateral estimate for 2017 (US$ million) and the
     * average cost of sending USD 200 over time (Remittance Prices Worldwide). "B to A" is money
     * sent from B (where A's migrants live) home to A.
     */
    public record Remittances(Optional<Double> estimateBToA, Optional<Double> estimateAToB, List<CostPoint> costBToA,
            List<CostPoint> costAToB, Source estimateSource, Source costSource) {

        public Optional<CostPoint> latestCostBToA() {
            return costBToA.isEmpty() ? Optional.empty() : Optional.of(costBToA.get(costBToA.size() - 1));
        }

        public Optional<CostPoint> latestCostAToB() {
            return costAToB.isEmpty() ? Optional.empty() : Optional.of(costAToB.get(costAToB.size() - 1));
        }
    }

    /** Asylum in one year for the nationals of one side in the other (UNHCR). */
    public record AsylumYear(String year, Optional<Long> applications, Optional<Long> recognised, Optional<Long> decisions,
            OptionalDouble recognitionPercent) {
    }

    public record Asylum(List<AsylumYear> aInB, List<AsylumYear> bInA, Source applications, Source decisions) {
    }

    /**
     * Irregular border detections by Frontex of the nationals of one side, per calendar year, all
     * routes summed; shown only where the other side is an EU Member State.
     */
    public record Detections(boolean bInEu, List<Point> nationalsOfA, boolean aInEu, List<Point> nationalsOfB,
            Optional<String> latestMonth, Source source) {
    }

    /** One commitment of an agreement between A and B, and whose side owes it. */
    public record CommitmentLine(String key, String partyId, String side, String typeCode, BigDecimal quantity, String unit,
            String status, String description) {
    }

    /** An indicator an agreement monitors, with its light today. */
    public record IndicatorLine(String indicatorCode, String partyId, ComplianceStatus light, List<PeriodLine> periods) {
    }

    /** Target against reported figure in one period. */
    public record PeriodLine(String period, BigDecimal target, Optional<BigDecimal> actual, String verification,
            ComplianceStatus status) {
    }

    /** Returns committed under a commitment against returns carried out, as reported and as verified. */
    public record ReturnsLine(String commitmentKey, String partyId, BigDecimal committed, BigDecimal reported,
            BigDecimal verified, int periodsReported) {
    }

    /** An agreement between A and B in the register. */
    public record AgreementLine(String id, String title, String typeCode, String status, boolean illustrative,
            ComplianceStatus overall, List<CommitmentLine> commitments, List<IndicatorLine> indicators,
            List<ReturnsLine> returns) {
    }

    /** One line of the balance: a commitment type in its unit and its total. */
    public record BalanceLine(String typeCode, String unit, BigDecimal quantity) {
    }

    /** What each side gives and gets under the agreements between them. */
    public record Balance(List<BalanceLine> givenByA, List<BalanceLine> givenByB, List<BalanceLine> givenByThirdParties,
            boolean oneSided, Optional<String> sideGivingWithoutReturn) {
    }

    /** A pair where one side's citizens enter the other visa-free and the other's do not. */
    public record ReciprocityRow(Country visaFree, Country visaNeeded, VisaRegime visaNeededRegime,
            Optional<Double> stockOfVisaNeededInVisaFree, Optional<Double> stockOfVisaFreeInVisaNeeded,
            Optional<Double> remittancesToVisaNeeded) {

        /** Migrant stock of both sides in each other (UN DESA 2024), for sorting; 0 only when neither is known. */
        public double totalStock() {
            return stockOfVisaNeededInVisaFree.orElse(0.0) + stockOfVisaFreeInVisaNeeded.orElse(0.0);
        }
    }

    /** A remittance corridor whose latest cost is above the 5 % ceiling of SDG 10.c. */
    public record CostlyCorridor(Country sending, Country receiving, String period, double percent) {
    }

    /** One country's corridor with a partner, for the map: the value of the chosen measure. */
    public record CountryCorridor(Country partner, double value) {
    }
}
