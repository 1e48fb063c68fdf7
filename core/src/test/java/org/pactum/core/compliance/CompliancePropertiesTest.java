package org.pactum.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Laws of the compliance rules that must hold for every figure. */
class CompliancePropertiesTest {

    private static ComplianceStatus assess(double baseline, double target, Direction direction, double actual) {
        return ComplianceRules.assess(baseline, target, direction, Optional.of(new Actual(actual, Verification.VERIFIED)),
                Thresholds.DEFAULT).status();
    }

    /** Delivering more of an increasing indicator never makes its light worse. */
    @Property
    void moreIsNeverWorseForAnIncreasingIndicator(@ForAll @DoubleRange(min = 0, max = 1e6) double baseline,
            @ForAll @DoubleRange(min = 0, max = 1e6) double gap, @ForAll @DoubleRange(min = 0, max = 2e6) double actual,
            @ForAll @DoubleRange(min = 0, max = 1e5) double extra) {
        double target = baseline + gap;
        ComplianceStatus less = assess(baseline, target, Direction.INCREASE, actual);
        ComplianceStatus more = assess(baseline, target, Direction.INCREASE, actual + extra);
        assertThat(more.ordinal()).isLessThanOrEqualTo(less.ordinal());
    }

    /** Reducing a decreasing indicator further never makes its light worse. */
    @Property
    void lessIsNeverWorseForADecreasingIndicator(@ForAll @DoubleRange(min = 0, max = 1e6) double target,
            @ForAll @DoubleRange(min = 0, max = 1e6) double gap, @ForAll @DoubleRange(min = 0, max = 2e6) double actual,
            @ForAll @DoubleRange(min = 0, max = 1e5) double less) {
        double baseline = target + gap;
        ComplianceStatus worseFigure = assess(baseline, target, Direction.DECREASE, actual + less);
        ComplianceStatus betterFigure = assess(baseline, target, Direction.DECREASE, actual);
        assertThat(betterFigure.ordinal()).isLessThanOrEqualTo(worseFigure.ordinal());
    }

    /** Meeting the target is always on track, whatever the thresholds. */
    @Property
    void meetingTheTargetIsOnTrack(@ForAll @DoubleRange(min = -1e6, max = 1e6) double baseline,
            @ForAll @DoubleRange(min = 0, max = 1e6) double gap, @ForAll @DoubleRange(min = 0, max = 1) double onTrack,
            @ForAll @DoubleRange(min = 0, max = 1) double share) {
        Thresholds thresholds = new Thresholds(onTrack, onTrack * share);
        assertThat(ComplianceRules.assess(baseline, baseline + gap, Direction.INCREASE,
                Optional.of(new Actual(baseline + gap, Verification.VERIFIED)), thresholds).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
    }

    /** An unverified figure is never counted, however good it looks. */
    @Property
    void unverifiedFiguresAreNeverCounted(@ForAll @DoubleRange(min = -1e6, max = 1e6) double actual,
            @ForAll("unverified") Verification verification) {
        assertThat(ComplianceRules.assess(0, 100, Direction.INCREASE, Optional.of(new Actual(actual, verification)),
                Thresholds.DEFAULT).status()).isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
    }

    @Provide
    Arbitrary<Verification> unverified() {
        return Arbitraries.of(Verification.PENDING, Verification.DISPUTED);
    }

    /** The overall light does not depend on the order of the indicators and is one of them. */
    @Property
    void overallIsTheWorstInAnyOrder(@ForAll @Size(min = 1, max = 20) List<ComplianceStatus> statuses) {
        List<ComplianceStatus> shuffled = new ArrayList<>(statuses);
        Collections.reverse(shuffled);
        ComplianceStatus overall = ComplianceRules.overall(statuses);
        assertThat(ComplianceRules.overall(shuffled)).isEqualTo(overall);
        assertThat(statuses).contains(overall);
        assertThat(statuses).allSatisfy(s -> assertThat(s.ordinal()).isLessThanOrEqualTo(overall.ordinal()));
    }

    /** A figure on the breaching side of a trigger breaches it exactly when verified. */
    @Property
    void onlyVerifiedFiguresBreach(@ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double threshold, @ForAll Comparison comparison,
            @ForAll Verification verification) {
        TriggerCondition condition = new TriggerCondition(comparison, threshold);
        boolean breached = condition.breachedBy(new Actual(value, verification));
        assertThat(breached).isEqualTo(verification == Verification.VERIFIED && comparison.holds(value, threshold));
    }
}
