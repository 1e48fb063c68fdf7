package org.pactum.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked examples of placements, and of instances refused with the reason. */
class AllocationRulesTest {

    /*
     * Households A (2 persons), B (1), C (3); destinations X (capacity 4) and Y (capacity 3).
     * Scores:      X    Y
     *          A  0.6  0.5
     *          B  0.9  0.2
     *          C  0.7  0.4
     * All placements by hand: C at X leaves X one place (B), so A to Y: 0.7 + 0.9 + 0.5 = 2.1;
     * C at Y fills Y, A and B at X: 0.6 + 0.9 + 0.4 = 1.9; C at X with A at X is 5 > 4. Best: 2.1.
     * Greedy in order A, B, C: A to X (0.6), B to X (0.9), C no longer fits X, goes to Y (0.4): 1.9.
     * Quota-only (shares 4/7 and 3/7): A to X (8/7 against 6/7), B to Y (X: 12/7 − 2 < 0, Y: 9/7),
     * C fits neither X (2 + 3 > 4) nor Y (1 + 3 > 3): the EASY rule gets stuck and refuses.
     */
    private static Instance threeHouseholds() {
        return Instance.of(
                List.of(Household.of("A", 2), Household.of("B", 1), Household.of("C", 3)),
                List.of(Destination.of("X", 4), Destination.of("Y", 3)),
                List.of(),
                new float[] {0.6f, 0.5f, 0.9f, 0.2f, 0.7f, 0.4f},
                TiePolicy.hard());
    }

    @Test
    void theExactSolverFindsTheHandWorkedOptimum() {
        ExactSolver.Result result = new ExactSolver(20_000).solve(threeHouseholds());
        assertThat(result.optimal()).isTrue();
        assertThat(result.allocation().destinationOf()).containsExactly(1, 0, 0);
        assertThat(result.allocation().objective()).isCloseTo(2.1, within(1e-6));
        assertThat(result.allocation().gap()).isBetween(0.0, 1.0);
    }

    @Test
    void greedyPlacesInArrivalOrder() {
        Allocation greedy = Baselines.greedy(threeHouseholds());
        assertThat(greedy.destinationOf()).containsExactly(0, 0, 1);
        assertThat(greedy.objective()).isCloseTo(1.9, within(1e-6));
    }

    @Test
    void quotaOnlyGetsStuckAndSaysWhere() {
        assertThatThrownBy(() -> Baselines.quotaOnly(threeHouseholds()))
                .isInstanceOf(InfeasibleInstanceException.class)
                .hasMessageContaining("household C (row 3)");
    }

    @Test
    void aHouseholdLargerThanEveryCapacityIsNamedWithItsRow() {
        Instance instance = Instance.of(
                List.of(Household.of("A", 2), Household.of("BIG", 5)),
                List.of(Destination.of("X", 4), Destination.of("Y", 3)),
                List.of(), new float[] {0.5f, 0.5f, 0.5f, 0.5f}, TiePolicy.hard());
        assertThatThrownBy(() -> new ExactSolver(10_000).solve(instance))
                .isInstanceOfSatisfying(InfeasibleInstanceException.class, e -> assertThat(e.reasons()).containsExactly(
                        new Infeasibility.HouseholdFitsNowhere("BIG", 2, 5, List.of("X: capacity 4 persons", "Y: capacity 3 persons"))));
    }

    @Test
    void quotaMinimumsAboveTheArrivalsAreRefused() {
        Instance instance = Instance.of(
                List.of(Household.of("A", 2), Household.of("B", 1)),
                List.of(new Destination("X", 10, 2, 10, new int[0]), new Destination("Y", 10, 2, 10, new int[0])),
                List.of(), new float[] {0.5f, 0.5f, 0.5f, 0.5f}, TiePolicy.hard());
        assertThat(Diagnosis.of(instance)).contains(new Infeasibility.MinimumsExceedArrivals(4, 3, List.of("X", "Y")));
        assertThatThrownBy(() -> Baselines.greedy(instance)).isInstanceOf(InfeasibleInstanceException.class)
                .hasMessageContaining("add up to 4 persons but only 3");
    }

    @Test
    void aServiceShortfallNamesTheService() {
        Instance instance = Instance.of(
                List.of(Household.of("A", 1, 1), Household.of("B", 1, 1), Household.of("C", 1, 1)),
                List.of(Destination.of("X", 5, 1), Destination.of("Y", 5, 1)),
                List.of("medical places"), new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}, TiePolicy.hard());
        assertThat(Diagnosis.of(instance)).containsExactly(new Infeasibility.NotEnoughService("medical places", 3, 2));
    }

    @Test
    void aHardTieWhereTheHouseholdCannotGoIsExplained() {
        Instance instance = Instance.of(
                List.of(Household.of("A", 4).tiedTo("Y")),
                List.of(Destination.of("X", 5), Destination.of("Y", 3)),
                List.of(), new float[] {0.5f, 0.5f}, TiePolicy.hard());
        assertThat(Diagnosis.of(instance)).containsExactly(new Infeasibility.TieCannotBeHonoured("A", 1, "Y", "capacity 3 persons"));
    }

    @Test
    void anInstanceThatOnlyFailsJointlyIsRefusedByTheSolver() {
        // three households of 2 into two destinations of 3: each fits, 6 persons for 6 places, but 2 + 2 > 3
        Instance instance = Instance.of(
                List.of(Household.of("A", 2), Household.of("B", 2), Household.of("C", 2)),
                List.of(Destination.of("X", 3), Destination.of("Y", 3)),
                List.of(), new float[] {0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}, TiePolicy.hard());
        assertThat(Diagnosis.of(instance)).isEmpty();
        assertThatThrownBy(() -> new ExactSolver(10_000).solve(instance))
                .isInstanceOfSatisfying(InfeasibleInstanceException.class,
                        e -> assertThat(e.reasons()).singleElement().isInstanceOf(Infeasibility.JointlyInfeasible.class));
    }

    @Test
    void invalidInputIsReportedRowByRowAllAtOnce() {
        assertThatThrownBy(() -> Instance.of(
                List.of(Household.of("A", 2), Household.of("B", 1), Household.of("A", 1).tiedTo("Z")),
                List.of(Destination.of("X", 4), Destination.of("Y", 3)),
                List.of(), new float[] {0.6f, 0.5f, 0.9f, 1.2f, 0.7f, -0.1f}, TiePolicy.hard()))
                .isInstanceOfSatisfying(InvalidInstanceException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        new InstanceProblem.UnknownTie("A", 3, "Z"),
                        new InstanceProblem.DuplicateHousehold("A", List.of(1, 3)),
                        new InstanceProblem.ScoreOutOfRange("B", 2, "Y", 1.2f),
                        new InstanceProblem.ScoreOutOfRange("A", 3, "Y", -0.1f)));
    }

    @Test
    void theCheckerNamesEveryBrokenRule() {
        Instance instance = Instance.of(
                List.of(Household.of("A", 2, 1), Household.of("B", 3, 1)),
                List.of(new Destination("X", 4, 0, 4, new int[] {1}), new Destination("Y", 4, 1, 4, new int[] {1})),
                List.of("medical places"), new float[] {0.5f, Float.NaN, 0.5f, 0.5f}, TiePolicy.hard());
        assertThat(FeasibilityChecker.violations(instance, new int[] {0, 0})).containsExactlyInAnyOrder(
                "X receives 5 persons, above its capacity of 4",
                "X receives 5 persons, above its quota maximum of 4",
                "Y receives 0 persons, below its quota minimum of 1",
                "X needs 2 units of medical places, above its capacity of 1");
        assertThat(FeasibilityChecker.violations(instance, new int[] {1, 0})).contains("household A is placed at Y, which is incompatible");
    }

    @Test
    void eachPlacementIsExplainedAgainstTheBestAlternative() {
        // optimum of the hand-worked example: A to Y, B to X, C to X; X is then full (4 of 4)
        List<Explanation> explanations = Explanation.of(threeHouseholds(), new int[] {1, 0, 0});
        Explanation a = explanations.get(0);
        assertThat(a.chosen()).isEqualTo("Y");
        assertThat(a.chosenScore()).isCloseTo(0.5, within(1e-6));
        assertThat(a.bestAlternative()).contains("X");
        assertThat(a.alternativeScore()).isCloseTo(0.6, within(1e-6));
        assertThat(a.binding()).containsExactly("X has room for 0 more persons, the household counts 2");
        Explanation b = explanations.get(1);
        assertThat(b.bestAlternative()).contains("Y");
        // Y has 3 − 2 = 1 place left and B counts 1: nothing binds; B simply scores more at X (0.9 against 0.2)
        assertThat(b.binding()).isEmpty();
    }
}
