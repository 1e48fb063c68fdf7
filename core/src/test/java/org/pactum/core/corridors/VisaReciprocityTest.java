package org.pactum.core.corridors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VisaReciprocityTest {

    @Test
    void passportIndexCodesMapToRegimes() {
        assertThat(VisaRegime.ofCode(3)).contains(VisaRegime.VISA_FREE);
        assertThat(VisaRegime.ofCode(2)).contains(VisaRegime.VISA_ON_ARRIVAL);
        assertThat(VisaRegime.ofCode(1)).contains(VisaRegime.E_VISA);
        assertThat(VisaRegime.ofCode(0)).contains(VisaRegime.VISA_REQUIRED);
        assertThat(VisaRegime.ofCode(-2)).contains(VisaRegime.NO_ADMISSION);
        assertThat(VisaRegime.ofCode(-1)).isEmpty();
        assertThat(VisaRegime.ofCode(90)).isEmpty();
    }

    @Test
    void germansEnterTurkeyVisaFreeWhileTurksNeedAVisa() {
        // Passport Index 2025-01: DEU passport -> TUR 3 (visa free), TUR passport -> DEU 0 (visa required)
        VisaReciprocity deuTur = new VisaReciprocity(VisaRegime.VISA_FREE, VisaRegime.VISA_REQUIRED);
        assertThat(deuTur.gap()).isEqualTo(4 - 1);
        assertThat(deuTur.favoured()).isEqualTo(VisaReciprocity.Favoured.A);
        assertThat(deuTur.visaFreeOneWayOnly()).isTrue();
        assertThat(deuTur.reversed().gap()).isEqualTo(-3);
        assertThat(deuTur.reversed().favoured()).isEqualTo(VisaReciprocity.Favoured.B);
    }

    @Test
    void mutualVisaFreedomIsReciprocal() {
        VisaReciprocity fraDeu = new VisaReciprocity(VisaRegime.VISA_FREE, VisaRegime.VISA_FREE);
        assertThat(fraDeu.reciprocal()).isTrue();
        assertThat(fraDeu.visaFreeOneWayOnly()).isFalse();
        assertThat(fraDeu.favoured()).isEqualTo(VisaReciprocity.Favoured.NEITHER);
    }

    @Test
    void visaOnArrivalAgainstEVisaIsAGapButNotAOneWayVisaFreedom() {
        VisaReciprocity pair = new VisaReciprocity(VisaRegime.VISA_ON_ARRIVAL, VisaRegime.E_VISA);
        assertThat(pair.gap()).isEqualTo(1);
        assertThat(pair.visaFreeOneWayOnly()).isFalse();
        assertThat(VisaRegime.VISA_ON_ARRIVAL.withoutPriorVisa()).isTrue();
        assertThat(VisaRegime.E_VISA.withoutPriorVisa()).isFalse();
    }

    @Test
    void remittanceCostsAreBandedAgainstSdg10c() {
        assertThat(RemittanceCostBand.of(2.99)).isEqualTo(RemittanceCostBand.WITHIN_TARGET);
        assertThat(RemittanceCostBand.of(3.0)).isEqualTo(RemittanceCostBand.ABOVE_TARGET);
        assertThat(RemittanceCostBand.of(5.0)).isEqualTo(RemittanceCostBand.ABOVE_TARGET);
        assertThat(RemittanceCostBand.of(5.01)).isEqualTo(RemittanceCostBand.ABOVE_CEILING);
        assertThatThrownBy(() -> RemittanceCostBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RemittanceCostBand.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recognitionRatesAreNeverInventedForYearsWithoutDecisions() {
        assertThat(new RecognitionRate(25, 100).percent().getAsDouble()).isEqualTo(25.0);
        assertThat(new RecognitionRate(0, 0).percent()).isEmpty();
        assertThatThrownBy(() -> new RecognitionRate(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stockTrendsCompareTheFirstAndLatestYears() {
        // US-resident migrants born in Mexico: 4,506,017 (1990) to 11,279,561 (2024), UN DESA IMS 2024
        StockTrend trend = new StockTrend(1990, 4_506_017, 2024, 11_279_561);
        assertThat(trend.change()).isEqualTo(6_773_544);
        assertThat(trend.percentChange().getAsDouble()).isCloseTo(150.323, org.assertj.core.data.Offset.offset(0.001));
        assertThat(new StockTrend(1990, 0, 2024, 10).percentChange()).isEmpty();
    }
}
