package org.pactum.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The compliance rules on figures worked out by hand. */
class ComplianceRulesTest {

    private static Optional<Actual> verified(double value) {
        return Optional.of(new Actual(value, Verification.VERIFIED));
    }

    @Test
    void relocationsHalfwayAreOffTrackAndNinetyPercentIsOnTrack() {
        // baseline 0, target 1,000 relocations: 850 covers 850/1000 = 0.85 of the path -> at risk (0.7 <= 0.85 < 0.9)
        Assessment atRisk = ComplianceRules.assess(0, 1000, Direction.INCREASE, verified(850), Thresholds.DEFAULT);
        assertThat(atRisk.status()).isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(atRisk.attainment().getAsDouble()).isCloseTo(0.85, within(1e-12));
        // 900/1000 = 0.9 exactly -> on track
        assertThat(ComplianceRules.assess(0, 1000, Direction.INCREASE, verified(900), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
        // 500/1000 = 0.5 -> off track
        assertThat(ComplianceRules.assess(0, 1000, Direction.INCREASE, verified(500), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.OFF_TRACK);
    }

    @Test
    void aBaselineShiftsThePath() {
        // returns accepted: baseline 2,000, target 6,000; actual 4,600 -> (4600-2000)/(6000-2000) = 2600/4000 = 0.65 -> off track
        Assessment a = ComplianceRules.assess(2000, 6000, Direction.INCREASE, verified(4600), Thresholds.DEFAULT);
        assertThat(a.attainment().getAsDouble()).isCloseTo(0.65, within(1e-12));
        assertThat(a.status()).isEqualTo(ComplianceStatus.OFF_TRACK);
    }

    @Test
    void decreasingIndicatorsCountReductions() {
        // processing days: baseline 180, target 90; actual 108 -> (108-180)/(90-180) = -72/-90 = 0.8 -> at risk
        Assessment a = ComplianceRules.assess(180, 90, Direction.DECREASE, verified(108), Thresholds.DEFAULT);
        assertThat(a.attainment().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(a.status()).isEqualTo(ComplianceStatus.AT_RISK);
    }

    @Test
    void holdingALevelIsAllOrNothing() {
        assertThat(ComplianceRules.assess(100, 100, Direction.INCREASE, verified(100), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
        assertThat(ComplianceRules.assess(100, 100, Direction.INCREASE, verified(99), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.OFF_TRACK);
        assertThat(ComplianceRules.assess(3, 3, Direction.DECREASE, verified(2.5), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
    }

    @Test
    void unverifiedOrMissingFiguresAreNotVerifiable() {
        assertThat(ComplianceRules.assess(0, 10, Direction.INCREASE, Optional.empty(), Thresholds.DEFAULT).status())
                .isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
        assertThat(ComplianceRules.assess(0, 10, Direction.INCREASE, Optional.of(new Actual(10, Verification.PENDING)),
                Thresholds.DEFAULT).status()).isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
        Assessment disputed = ComplianceRules.assess(0, 10, Direction.INCREASE,
                Optional.of(new Actual(10, Verification.DISPUTED)), Thresholds.DEFAULT);
        assertThat(disputed.status()).isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
        assertThat(disputed.reason()).isEqualTo("figure disputed");
    }

    @Test
    void perIndicatorThresholdsChangeTheLight() {
        // 850 of 1,000 = 0.85; with thresholds 0.8 / 0.5 that is on track
        assertThat(ComplianceRules.assess(0, 1000, Direction.INCREASE, verified(850), new Thresholds(0.8, 0.5)).status())
                .isEqualTo(ComplianceStatus.ON_TRACK);
    }

    @Test
    void targetsAgainstTheDirectionAndBadThresholdsAreRefused() {
        assertThatThrownBy(() -> ComplianceRules.assess(100, 50, Direction.INCREASE, verified(60), Thresholds.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("direction");
        assertThatThrownBy(() -> new Thresholds(0.5, 0.7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(1.2, 0.7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOverallLightIsTheWorst() {
        assertThat(ComplianceRules.overall(List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.AT_RISK)))
                .isEqualTo(ComplianceStatus.AT_RISK);
        assertThat(ComplianceRules.overall(List.of(ComplianceStatus.ON_TRACK, ComplianceStatus.NOT_VERIFIABLE)))
                .isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
        assertThat(ComplianceRules.overall(List.of(ComplianceStatus.OFF_TRACK, ComplianceStatus.AT_RISK)))
                .isEqualTo(ComplianceStatus.OFF_TRACK);
        assertThat(ComplianceRules.overall(List.of())).isEqualTo(ComplianceStatus.NOT_VERIFIABLE);
    }

    @Test
    void triggersFireOnTheLatestVerifiedBreach() {
        TriggerCondition fewerThan1000 = new TriggerCondition(Comparison.BELOW, 1000);
        List<TriggerCondition.PeriodFigure> figures = List.of(
                new TriggerCondition.PeriodFigure("2027-Q1", LocalDate.of(2027, 1, 1), new Actual(800, Verification.VERIFIED)),
                new TriggerCondition.PeriodFigure("2027-Q2", LocalDate.of(2027, 4, 1), new Actual(1200, Verification.VERIFIED)),
                new TriggerCondition.PeriodFigure("2027-Q3", LocalDate.of(2027, 7, 1), new Actual(950, Verification.VERIFIED)),
                new TriggerCondition.PeriodFigure("2027-Q4", LocalDate.of(2027, 10, 1), new Actual(10, Verification.PENDING)));
        assertThat(fewerThan1000.latestBreach(figures))
                .contains(new TriggerCondition.Breach("2027-Q3", 950, Comparison.BELOW, 1000));
        assertThat(new TriggerCondition(Comparison.AT_OR_ABOVE, 1200).latestBreach(figures))
                .contains(new TriggerCondition.Breach("2027-Q2", 1200, Comparison.AT_OR_ABOVE, 1200));
        assertThat(new TriggerCondition(Comparison.ABOVE, 1200).latestBreach(figures)).isEmpty();
    }

    @Test
    void reviewsAreAnnouncedWithinTheNoticePeriod() {
        LocalDate review = LocalDate.of(2027, 3, 31);
        assertThat(ReviewNotice.daysLeft(review, LocalDate.of(2027, 3, 1), 30)).hasValue(30);
        assertThat(ReviewNotice.daysLeft(review, LocalDate.of(2027, 2, 28), 30)).isEmpty();
        assertThat(ReviewNotice.daysLeft(review, review, 30)).hasValue(0);
        assertThat(ReviewNotice.daysLeft(review, LocalDate.of(2027, 4, 1), 30)).isEmpty();
    }
}
