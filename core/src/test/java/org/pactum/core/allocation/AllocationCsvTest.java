package org.pactum.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationCsvTest {

    private static final String DESTINATIONS = """
            id,capacity,minimum,maximum,service:medical places
            X,4,0,4,1
            Y,3,1,3,0
            """;

    @Test
    void readsHouseholdsDestinationsScoresAndTies() {
        Instance instance = AllocationCsv.read("destinations.csv", DESTINATIONS, "cases.csv", """
                id,persons,need:medical places,tied_to,score:X,score:Y
                A,2,1,,0.6,0.5
                B,1,0,Y,0.9,
                """, TiePolicy.hard());
        assertThat(instance.households()).isEqualTo(2);
        assertThat(instance.household(0)).isEqualTo(Household.of("A", 2, 1));
        assertThat(instance.household(1)).isEqualTo(Household.of("B", 1, 0).tiedTo("Y"));
        assertThat(instance.destination(1)).isEqualTo(new Destination("Y", 3, 1, 3, new int[] {0}));
        assertThat(instance.score(0, 1)).isEqualTo(0.5f);
        assertThat(instance.allowed(1, 1)).isFalse();
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> AllocationCsv.read("destinations.csv", DESTINATIONS, "cases.csv", """
                id,persons,tied_to,score:X
                A,2,,0.6
                """, TiePolicy.hard()))
                .isInstanceOfSatisfying(InvalidInstanceException.class, e -> assertThat(e.problems()).containsExactly(
                        new InstanceProblem.BadInput("cases.csv", 1, "need:medical places", "missing column")));
    }

    @Test
    void badCellsAreNamedByLineAndColumnAllAtOnce() {
        assertThatThrownBy(() -> AllocationCsv.read("destinations.csv", DESTINATIONS, "cases.csv", """
                id,persons,need:medical places,tied_to,score:X,score:Y
                A,two,0,,0.6,0.5
                B,1,0,,1.5,0.2
                """, TiePolicy.hard()))
                .isInstanceOfSatisfying(InvalidInstanceException.class, e -> assertThat(e.problems()).containsExactly(
                        new InstanceProblem.BadInput("cases.csv", 2, "persons", "not a whole number: 'two'"),
                        new InstanceProblem.BadInput("cases.csv", 3, "score:X", "a score is a probability between 0 and 1, was 1.5")));
        assertThat(new InstanceProblem.BadInput("cases.csv", 2, "persons", "not a whole number: 'two'").describe())
                .isEqualTo("cases.csv, line 2, column persons: not a whole number: 'two'");
    }

    @Test
    void duplicateIdsAreReportedWithTheirRows() {
        assertThatThrownBy(() -> AllocationCsv.read("destinations.csv", DESTINATIONS, "cases.csv", """
                id,persons,need:medical places,tied_to,score:X,score:Y
                A,1,0,,0.6,0.5
                A,1,0,,0.2,0.2
                """, TiePolicy.hard()))
                .isInstanceOfSatisfying(InvalidInstanceException.class, e -> assertThat(e.problems()).containsExactly(
                        new InstanceProblem.DuplicateHousehold("A", List.of(1, 2))));
    }
}
