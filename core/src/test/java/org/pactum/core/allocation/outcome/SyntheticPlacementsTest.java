package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The synthetic history follows its documented ground truth: the formula is written out again here,
 * term by term from the documentation, and the outcomes drawn are compared with it group by group.
 */
class SyntheticPlacementsTest {

    private static final List<DestinationProfile> DESTINATIONS = InventedDestinations.twelve();
    private static final Map<String, DestinationProfile> BY_ID = InventedDestinations.byId(DESTINATIONS);

    /** The documented formula, written independently of {@link SyntheticGroundTruth}. */
    private static double documentedChance(CaseProfile h, DestinationProfile d, double epsilon) {
        int w = h.members().from18to34() + h.members().from35to64();
        double[] educationTerm = {-0.7, -0.3, 0, 0.3};
        boolean local = h.languages().stream().anyMatch(d.languages()::contains);
        boolean female = h.principalGender() == Gender.FEMALE;
        double u = d.unemployment();
        double g = d.gdpPerCapitaPpp();
        double s = d.migrantStock().getOrDefault(h.nationality(), 0L);
        double z = -1.4 + 0.5 * Math.min(w, 2) - 2.0 * (w == 0 ? 1 : 0)
                + educationTerm[h.education().ordinal()]
                - 0.6 * (h.medicalNeeds() ? 1 : 0)
                - 0.2 * (female ? 1 : 0) - 0.5 * (female && h.members().under6() > 0 ? 1 : 0)
                + 0.7 * (local ? 1 : 0)
                + 0.2 * (h.languages().contains("en") ? 1 : 0)
                - 0.15 * (u - 6)
                + 0.5 * Math.log(g / 45_000)
                + 0.25 * Math.log(1 + s / 10_000)
                + 0.6 * (h.education() == Education.TERTIARY && g >= 55_000 ? 1 : 0)
                - 0.4 * (h.education().ordinal() <= 1 && u >= 8 ? 1 : 0)
                + 0.3 * (s >= 50_000 && !local ? 1 : 0)
                + 0.5 * (h.tiedTo().equals(Optional.of(d.id())) ? 1 : 0)
                + epsilon;
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void theOracleComputesTheDocumentedFormulaOnAWorkedExample() {
        // two adults (18-34, 35-64), a child under 6, tertiary, female principal, speaks ar and en, Syrian, not tied;
        // destination: German-speaking, unemployment 3.4 %, GDP per capita 70,000, 687,147 Syrians
        CaseProfile household = new CaseProfile("SYN-x", new AgeBands(1, 0, 1, 1, 0), Set.of("ar", "en"), Education.TERTIARY, false,
                "SYR", Gender.FEMALE, Optional.empty(), new int[0]);
        DestinationProfile destination = new DestinationProfile("DE", Set.of("de"), 3.4, 70_000, Map.of("SYR", 687_147L));
        // z = -1.4 + 1.0 + 0.3 - 0.2 - 0.5 + 0.2 + 0.39 + 0.5 ln(70/45) + 0.25 ln(69.7147) + 0.6 + 0.3
        //   = -1.4 + 1.0 + 0.3 - 0.2 - 0.5 + 0.2 + 0.39 + 0.2209166 + 1.0611025 + 0.6 + 0.3 = 1.9720191
        double z = 1.9720191;
        assertThat(SyntheticGroundTruth.observableLogit(household, destination)).isCloseTo(z, offset(1e-6));
        SyntheticGroundTruth oracle = new SyntheticGroundTruth(Map.of("SYN-x", -0.25));
        assertThat(oracle.predict(household, destination)).isCloseTo(1 / (1 + Math.exp(-(z - 0.25))), offset(1e-6));
    }

    @Test
    void observedEmploymentFollowsTheDocumentedFormulaInEveryGroup() {
        SyntheticPlacements.SyntheticHistory history = SyntheticPlacements.history(7, 30_000, DESTINATIONS);

        checkGroups(history, p -> p.destination());
        checkGroups(history, p -> p.household().education().word());
        checkGroups(history, p -> p.household().nationality());
        checkGroups(history, p -> p.household().principalGender().word() + (p.household().members().under6() > 0 ? " with a child under 6" : ""));
    }

    private static void checkGroups(SyntheticPlacements.SyntheticHistory history, Function<Placement, String> groupOf) {
        Map<String, double[]> groups = new HashMap<>();
        for (Placement p : history.placements()) {
            double chance = documentedChance(p.household(), BY_ID.get(p.destination()), history.truth().unobserved(p.household().id()));
            double[] sums = groups.computeIfAbsent(groupOf.apply(p), g -> new double[3]);
            sums[0]++;
            sums[1] += chance;
            sums[2] += p.employed() ? 1 : 0;
        }
        groups.forEach((group, sums) -> {
            double expected = sums[1] / sums[0];
            double observed = sums[2] / sums[0];
            // four standard errors of a mean of independent Bernoulli outcomes (at most 0.5 / sqrt(n) each)
            double tolerance = 4 * 0.5 / Math.sqrt(sums[0]);
            assertThat(observed).as("employment rate of group %s (%d placements)", group, (long) sums[0]).isCloseTo(expected, offset(tolerance));
        });
    }

    @Test
    void householdsFollowTheDocumentedShares() {
        List<CaseProfile> households = SyntheticPlacements.cases(3, 20_000, DESTINATIONS).households();
        double n = households.size();
        double tolerance = 4 * 0.5 / Math.sqrt(n);
        assertThat(households.stream().filter(h -> h.nationality().equals("SYR")).count() / n).isCloseTo(0.20, offset(tolerance));
        assertThat(households.stream().filter(h -> h.persons() == 1).count() / n).isCloseTo(0.35, offset(tolerance));
        assertThat(households.stream().filter(h -> h.education() == Education.TERTIARY).count() / n).isCloseTo(0.20, offset(tolerance));
        assertThat(households.stream().filter(CaseProfile::medicalNeeds).count() / n).isCloseTo(0.10, offset(tolerance));
        assertThat(households.stream().filter(h -> h.tiedTo().isPresent()).count() / n).isCloseTo(0.05, offset(tolerance));
        assertThat(households).allSatisfy(h -> assertThat(h.id()).startsWith("SYN-"));
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(SyntheticPlacements.history(11, 500, DESTINATIONS).placements())
                .isEqualTo(SyntheticPlacements.history(11, 500, DESTINATIONS).placements());
        assertThat(SyntheticPlacements.history(11, 500, DESTINATIONS).placements())
                .isNotEqualTo(SyntheticPlacements.history(12, 500, DESTINATIONS).placements());
    }
}
