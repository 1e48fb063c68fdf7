package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

/** Case profiles read from CSV, and every kind of bad input named by file, line and column. */
class CaseProfileCsvTest {

    private static final String HEADER = "id,nationality,principal_gender,members_under_6,members_6_17,members_18_34,members_35_64,members_65_plus,"
            + "languages,education,medical_needs,tied_to,need:medical places";

    @Test
    void readsEveryColumn() {
        String csv = HEADER + "\n"
                + "c1,SYR,female,1,2,1,0,0,ar;en,secondary,no,,0\n"
                + "c2,AFG,male,0,0,0,1,1,,none,yes,DEU,1\n";

        List<CaseProfile> cases = CaseProfileCsv.read("cases.csv", csv, List.of("medical places"));

        assertThat(cases).containsExactly(
                new CaseProfile("c1", new AgeBands(1, 2, 1, 0, 0), Set.of("ar", "en"), Education.SECONDARY, false, "SYR", Gender.FEMALE, Optional.empty(), new int[] {0}),
                new CaseProfile("c2", new AgeBands(0, 0, 0, 1, 1), Set.of(), Education.NONE, true, "AFG", Gender.MALE, Optional.of("DEU"), new int[] {1}));
        assertThat(cases.get(0).persons()).isEqualTo(4);
        assertThat(cases.get(0).household().persons()).isEqualTo(4);
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<CaseProfile> cases = SyntheticPlacements.cases(5, 300, InventedDestinations.twelve()).households();

        String csv = CaseProfileCsv.write(cases, SyntheticPlacements.DIMENSIONS);

        assertThat(CaseProfileCsv.read("cases.csv", csv, SyntheticPlacements.DIMENSIONS)).isEqualTo(cases);
    }

    @Test
    void namesEveryMissingColumn() {
        String csv = "id,nationality,languages\nc1,SYR,ar\n";

        assertThatThrownBy(() -> CaseProfileCsv.read("cases.csv", csv, List.of("medical places")))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe)
                        .contains("cases.csv, line 1, column principal_gender: missing column",
                                "cases.csv, line 1, column members_under_6: missing column",
                                "cases.csv, line 1, column need:medical places: missing column"));
    }

    @Test
    void namesEveryBadCellWithItsLineAndColumn() {
        String csv = HEADER + "\n"
                + "c1,SYR,woman,1,2,1,0,0,ar,secondary,no,,0\n"
                + "c2,Syria,male,0,-1,x,1,0,Arabic,college,maybe,,0\n"
                + "\n"
                + "c3,IRQ,male,0,0,0,0,0,ar,primary,no,,0\n"
                + "c1,SYR,male,0,0,1,0,0,ar,primary,no,,\n";

        assertThatThrownBy(() -> CaseProfileCsv.read("cases.csv", csv, List.of("medical places")))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe).containsExactlyInAnyOrder(
                        "cases.csv, line 2, column principal_gender: expected female, male or other, was 'woman'",
                        "cases.csv, line 3, column nationality: expected an ISO 3166 alpha-3 code such as SYR, was 'Syria'",
                        "cases.csv, line 3, column members_6_17: must be zero or more, was -1",
                        "cases.csv, line 3, column members_18_34: not a whole number: 'x'",
                        "cases.csv, line 3, column languages: expected ISO 639 codes such as ar;en, found 'Arabic'",
                        "cases.csv, line 3, column education: expected none, primary, secondary or tertiary, was 'college'",
                        "cases.csv, line 3, column medical_needs: expected yes or no, was 'maybe'",
                        "cases.csv, line 5: a household has at least one member",
                        "cases.csv, line 6, column need:medical places: not a whole number: ''"));
    }

    @Test
    void namesADuplicateIdWithBothLines() {
        String csv = HEADER + "\n"
                + "c1,SYR,female,0,0,1,0,0,ar,secondary,no,,0\n"
                + "c1,AFG,male,0,0,1,0,0,fa,primary,no,,0\n";

        assertThatThrownBy(() -> CaseProfileCsv.read("cases.csv", csv, List.of("medical places")))
                .hasMessageContaining("cases.csv, line 3, column id: household id c1 appears more than once, on lines [2, 3]");
    }

    @Test
    void aPersonsColumnMustMatchTheMembers() {
        String csv = HEADER + ",persons\nc1,SYR,female,1,0,1,0,0,ar,secondary,no,,0,3\n";

        assertThatThrownBy(() -> CaseProfileCsv.read("cases.csv", csv, List.of("medical places")))
                .hasMessageContaining("cases.csv, line 2, column persons: is 3 but the members by age band add up to 2");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        assertThatThrownBy(() -> CaseProfileCsv.read("cases.csv", "  \n", List.of()))
                .hasMessageContaining("cases.csv: the file is empty");
    }
}
