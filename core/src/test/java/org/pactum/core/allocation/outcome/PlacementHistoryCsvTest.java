package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

class PlacementHistoryCsvTest {

    private static final String HEADER = "id,nationality,principal_gender,members_under_6,members_6_17,members_18_34,members_35_64,members_65_plus,"
            + "languages,education,medical_needs,tied_to,placed_at,employed";

    @Test
    void readsEachPlacementWithItsOutcome() {
        String csv = HEADER + "\n"
                + "h1,SYR,female,0,1,1,0,0,ar,tertiary,no,,DEU,yes\n"
                + "h2,AFG,male,0,0,1,0,0,fa,none,yes,,ITA,no\n";

        List<Placement> history = PlacementHistoryCsv.read("history.csv", csv);

        assertThat(history).containsExactly(
                new Placement(new CaseProfile("h1", new AgeBands(0, 1, 1, 0, 0), Set.of("ar"), Education.TERTIARY, false, "SYR", Gender.FEMALE,
                        Optional.empty(), new int[0]), "DEU", true),
                new Placement(new CaseProfile("h2", new AgeBands(0, 0, 1, 0, 0), Set.of("fa"), Education.NONE, true, "AFG", Gender.MALE,
                        Optional.empty(), new int[0]), "ITA", false));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<Placement> history = SyntheticPlacements.history(3, 200, InventedDestinations.twelve()).placements();
        List<Placement> withoutNeeds = history.stream().map(p -> new Placement(new CaseProfile(p.household().id(), p.household().members(),
                p.household().languages(), p.household().education(), p.household().medicalNeeds(), p.household().nationality(),
                p.household().principalGender(), p.household().tiedTo(), new int[0]), p.destination(), p.employed())).toList();

        assertThat(PlacementHistoryCsv.read("history.csv", PlacementHistoryCsv.write(withoutNeeds))).isEqualTo(withoutNeeds);
    }

    @Test
    void namesTheMissingColumnsAndBadOutcomes() {
        String withoutOutcome = HEADER.replace(",placed_at,employed", "") + "\nh1,SYR,female,0,0,1,0,0,ar,primary,no,\n";
        assertThatThrownBy(() -> PlacementHistoryCsv.read("history.csv", withoutOutcome))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe).containsExactly(
                        "history.csv, line 1, column placed_at: missing column",
                        "history.csv, line 1, column employed: missing column"));

        String badOutcomes = HEADER + "\n"
                + "h1,SYR,female,0,0,1,0,0,ar,primary,no,,DEU,perhaps\n"
                + "h2,SYR,female,0,0,1,0,0,ar,primary,no,,,yes\n";
        assertThatThrownBy(() -> PlacementHistoryCsv.read("history.csv", badOutcomes))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe).containsExactly(
                        "history.csv, line 2, column employed: expected yes or no, was 'perhaps'",
                        "history.csv, line 3, column placed_at: empty: the destination the household was placed at"));
    }
}
