package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.TiePolicy;

/** Gains by group, summed by hand. */
class FairnessReportTest {

    private static CaseProfile household(String id, String nationality, Gender gender, int adults, int children) {
        return new CaseProfile(id, new AgeBands(0, children, adults, 0, 0), Set.of("ar"), Education.SECONDARY, false, nationality, gender, Optional.empty(), new int[0]);
    }

    @Test
    void sumsTheTrueChancesOfEachGroupUnderBothAllocations() {
        List<CaseProfile> households = List.of(
                household("a", "SYR", Gender.FEMALE, 1, 0),
                household("b", "SYR", Gender.MALE, 2, 3),
                household("c", "AFG", Gender.MALE, 2, 0));
        // true chances at destinations X and Y
        float[] truth = {
                0.2f, 0.6f,
                0.5f, 0.3f,
                0.4f, 0.9f};
        Instance instance = Instance.of(households.stream().map(CaseProfile::household).toList(),
                List.of(Destination.of("X", 20), Destination.of("Y", 20)), List.of(), truth, TiePolicy.weighted(0));
        int[] baseline = {0, 0, 0};
        int[] optimised = {1, 0, 1};

        FairnessReport report = FairnessReport.of(households, instance, baseline, optimised);

        // baseline 0.2 + 0.5 + 0.4 = 1.1; optimised 0.6 + 0.5 + 0.9 = 2.0
        assertThat(report.overall().households()).isEqualTo(3);
        assertThat(report.overall().baseline()).isCloseTo(1.1, offset(1e-6));
        assertThat(report.overall().optimised()).isCloseTo(2.0, offset(1e-6));
        assertThat(report.overall().relativeGain()).isCloseTo(0.9 / 1.1, offset(1e-6));
        // AFG: c only, 0.4 to 0.9; SYR: a and b, 0.7 to 1.1
        assertThat(report.byNationality()).extracting(FairnessReport.Group::name).containsExactly("AFG", "SYR");
        assertThat(report.byNationality().get(0).gain()).isCloseTo(0.5, offset(1e-6));
        assertThat(report.byNationality().get(1).baseline()).isCloseTo(0.7, offset(1e-6));
        assertThat(report.byNationality().get(1).optimised()).isCloseTo(1.1, offset(1e-6));
        // female: a, 0.2 to 0.6; male: b and c, 0.9 to 1.4
        assertThat(report.byGender()).extracting(FairnessReport.Group::name).containsExactly("female", "male");
        assertThat(report.byGender().get(1).gain()).isCloseTo(0.5, offset(1e-6));
        // sizes: a 1 person, c 2 persons, b 5 persons
        assertThat(report.bySize()).extracting(FairnessReport.Group::name).containsExactly("1 person", "2 persons", "5+ persons");
        assertThat(report.bySize()).extracting(FairnessReport.Group::households).containsExactly(1, 1, 1);
        assertThat(report.bySize().get(2).gain()).isCloseTo(0.0, offset(1e-6));
    }
}
