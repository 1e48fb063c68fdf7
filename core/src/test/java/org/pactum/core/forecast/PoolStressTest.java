package org.pactum.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.core.apportionment.Hamilton;
import org.pactum.core.fairshare.StateCode;

class PoolStressTest {

    @Test
    void aFortyPercentLargerNeedShowsWhichPledgesFallShort() {
        long rate = 2_000_000; // EUR 20,000.00 in cents
        var a = new PoolStress.StateInput(new StateCode("AUT"), new BigDecimal("0.6"), BigDecimal.ZERO, 60, 90 * rate);
        var b = new PoolStress.StateInput(new StateCode("BEL"), new BigDecimal("0.4"), new BigDecimal("0.5"), 20, 20 * rate);
        PoolStress.Result r = PoolStress.stress(100, 1.4, rate, List.of(a, b), new Hamilton());
        // 100 x 1.4 = 140; quotas 84 and 56 (exact); BEL's deduction of one half leaves 28 due
        assertThat(r.referenceStressed()).isEqualTo(140);
        assertThat(r.states()).extracting(PoolStress.StressedState::dueStressed).containsExactly(84L, 28L);
        // AUT pledged 90 relocations' worth: enough; BEL 20, 8 relocations short = EUR 160,000.00
        assertThat(r.fallingShort()).singleElement().satisfies(s -> {
            assertThat(s.state().iso3()).isEqualTo("BEL");
            assertThat(s.shortfallMinor()).isEqualTo(8 * rate);
            assertThat(s.coveredBefore(rate)).isTrue();
        });
    }
}
