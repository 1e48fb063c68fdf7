package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactum.core.allocation.InstanceProblem;
import org.pactum.core.allocation.InvalidInstanceException;

class DestinationProfileColumnsTest {

    private static final ReferenceIndicators INDICATORS = ReferenceIndicators.of(
            "country,partner,period,value\nAAA,,2020,5.5\nAAA,,2023,6.5\nBBB,,2023,9\n",
            "country,partner,period,value\nAAA,,2019,40000\nBBB,,2023,30000\n",
            "country,partner,period,value\nAAA,SYR,2020,1000\n");

    @Test
    void aMunicipalityTakesTheFiguresOfItsStateAndItsOwnLanguages() {
        String csv = "id,capacity,minimum,maximum,country,languages\n"
                + "aaa-north,100,0,100,AAA,aa;en\n"
                + "B,50,0,50,BBB,\n";

        Map<String, DestinationProfile> profiles = DestinationProfileColumns.read("destinations.csv", csv, INDICATORS, 2024);

        assertThat(profiles.keySet()).containsExactly("aaa-north", "B");
        DestinationProfile north = profiles.get("aaa-north");
        assertThat(north.languages()).isEqualTo(Set.of("aa", "en"));
        assertThat(north.unemployment()).isEqualTo(6.5);
        assertThat(north.gdpPerCapitaPpp()).isEqualTo(40000);
        assertThat(north.coNationals("SYR")).isEqualTo(1000);
        assertThat(profiles.get("B").languages()).isEmpty();
        assertThat(profiles.get("B").unemployment()).isEqualTo(9);
    }

    @Test
    void namesMissingColumnsBadCodesAndCountriesWithoutFigures() {
        assertThatThrownBy(() -> DestinationProfileColumns.read("destinations.csv", "id,capacity,minimum,maximum\nA,1,0,1\n", INDICATORS, 2024))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe).containsExactly(
                        "destinations.csv, line 1, column country: missing column (needed to score households with an outcome model)",
                        "destinations.csv, line 1, column languages: missing column (needed to score households with an outcome model)"));

        String csv = "id,capacity,minimum,maximum,country,languages\n"
                + "A,1,0,1,Germany,de\n"
                + "B,1,0,1,BBB,German\n"
                + "C,1,0,1,AAA,aa\n";
        assertThatThrownBy(() -> DestinationProfileColumns.read("destinations.csv", csv, INDICATORS, 2022))
                .isInstanceOf(InvalidInstanceException.class)
                .satisfies(e -> assertThat(((InvalidInstanceException) e).problems()).extracting(InstanceProblem::describe).containsExactly(
                        "destinations.csv, line 2, column country: expected an ISO 3166 alpha-3 code such as DEU, was 'Germany'",
                        "destinations.csv, line 3, column languages: expected ISO 639 codes such as de;en, found 'German'",
                        "destinations.csv, line 3, column country: the reference data has no unemployment or GDP per capita for BBB up to 2022"));
    }
}
