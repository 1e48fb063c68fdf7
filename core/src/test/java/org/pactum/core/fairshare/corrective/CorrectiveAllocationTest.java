package org.pactum.core.fairshare.corrective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.DublinIv2016Key;
import org.pactum.core.fairshare.FairShares;
import org.pactum.core.fairshare.IndicatorCode;
import org.pactum.core.fairshare.IndicatorData;
import org.pactum.core.fairshare.Participants;
import org.pactum.core.fairshare.StateCode;

/**
 * Four Member States with population and GDP in the ratio 4 : 3 : 2 : 1, so reference shares
 * 40 / 30 / 20 / 10 %, and 1,000 applications: 300, 500, 150, 50.
 * <pre>
 * reference numbers: AUT 400, BEL 300, CZE 200, DNK 100
 * percent of reference: AUT 75 %, BEL 166.67 %, CZE 75 %, DNK 50 %
 * BEL is above 150 % (500 > 450): 500 − 450 = 50 applicants go onward
 * below 100 %: AUT, CZE, DNK with shares .4, .2, .1 (sum .7)
 *   quotas 50 × 4/7 = 28.57, 50 × 2/7 = 14.29, 50 × 1/7 = 7.14
 *   Hamilton: floors 28 + 14 + 7 = 49; largest remainder .57 → AUT: 29, 14, 7
 * after: AUT 329, BEL 450, CZE 164, DNK 57
 * </pre>
 */
class CorrectiveAllocationTest {

    private static final StateCode AUT = StateCode.of("AUT");
    private static final StateCode BEL = StateCode.of("BEL");
    private static final StateCode CZE = StateCode.of("CZE");
    private static final StateCode DNK = StateCode.of("DNK");

    private static FairShares referenceKey() {
        IndicatorData data = IndicatorData.forYear(2015)
                .value(IndicatorCode.POPULATION, AUT, 4).value(IndicatorCode.GDP, AUT, 40)
                .value(IndicatorCode.POPULATION, BEL, 3).value(IndicatorCode.GDP, BEL, 30)
                .value(IndicatorCode.POPULATION, CZE, 2).value(IndicatorCode.GDP, CZE, 20)
                .value(IndicatorCode.POPULATION, DNK, 1).value(IndicatorCode.GDP, DNK, 10)
                .build();
        return new DublinIv2016Key().compute(Participants.of(Set.of(AUT, BEL, CZE, DNK)), data);
    }

    @Test
    void applicantsBeyondOneHundredFiftyPercentGoToStatesBelowTheirReference() {
        CorrectiveAllocation allocation = CorrectiveAllocation.apply(referenceKey(),
                Map.of(AUT, 300L, BEL, 500L, CZE, 150L, DNK, 50L), new Hamilton());

        StatePosition belgium = allocation.of(BEL).orElseThrow();
        assertThat(belgium.referenceNumber()).isCloseTo(new BigDecimal("300"), within(new BigDecimal("1E-28")));
        assertThat(belgium.percentOfReference().orElseThrow()).isCloseTo(new BigDecimal("166.66666666666666666666666"), within(new BigDecimal("1E-20")));
        assertThat(belgium.triggers()).isTrue();
        assertThat(belgium.allocatedOnward()).isEqualTo(50);
        assertThat(belgium.applicationsAfter()).isEqualTo(450);

        assertThat(allocation.of(AUT).orElseThrow().percentOfReference().orElseThrow()).isCloseTo(new BigDecimal("75"), within(new BigDecimal("1E-28")));
        assertThat(allocation.states()).extracting(StatePosition::receives).containsExactly(true, false, true, true);
        assertThat(allocation.states()).extracting(StatePosition::allocatedHere).containsExactly(29L, 0L, 14L, 7L);
        assertThat(allocation.states()).extracting(StatePosition::applicationsAfter).containsExactly(329L, 450L, 164L, 57L);
        assertThat(allocation.allocatedOnward()).isEqualTo(50);
    }

    /** At exactly 150 % (450 of 300) nothing is triggered: the threshold is "exceeds". */
    @Test
    void exactlyOneHundredFiftyPercentDoesNotTrigger() {
        CorrectiveAllocation allocation = CorrectiveAllocation.apply(referenceKey(),
                Map.of(AUT, 350L, BEL, 450L, CZE, 150L, DNK, 50L), new Hamilton());

        assertThat(allocation.states()).noneMatch(StatePosition::triggers);
        assertThat(allocation.allocatedOnward()).isZero();
    }

    @Test
    void applicationsMustCoverExactlyTheStatesOfTheKey() {
        assertThatThrownBy(() -> CorrectiveAllocation.apply(referenceKey(), Map.of(AUT, 1L, BEL, 1L, CZE, 1L), new Hamilton()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing [DNK]");
    }
}
