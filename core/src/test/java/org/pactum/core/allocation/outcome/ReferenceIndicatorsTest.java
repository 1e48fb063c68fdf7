package org.pactum.core.allocation.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Destination profiles from the reference series, given as text. */
class ReferenceIndicatorsTest {

    @Test
    void takesTheLatestValueUpToTheYear() {
        ReferenceIndicators indicators = ReferenceIndicators.of(
                "country,partner,period,value\nAAA,,2020,5.5\nAAA,,2022,6.5\nAAA,,2025,9\n",
                "country,partner,period,value\nAAA,,2019,40000\n",
                "country,partner,period,value\nAAA,SYR,2015,10\nAAA,SYR,2020,1000\nAAA,AFG,2020,20\nAAA,ERI,2024,7\n");

        DestinationProfile profile = indicators.profile("A-land", "AAA", 2023, Set.of("aa"));

        assertThat(profile.id()).isEqualTo("A-land");
        assertThat(profile.unemployment()).isEqualTo(6.5);
        assertThat(profile.gdpPerCapitaPpp()).isEqualTo(40000);
        // the 2020 edition: ERI is not reported in it
        assertThat(profile.coNationals("SYR")).isEqualTo(1000);
        assertThat(profile.coNationals("AFG")).isEqualTo(20);
        assertThat(profile.coNationals("ERI")).isZero();
        DestinationProfile unknown = indicators.profile("B", "BBB", 2023, Set.of());
        assertThat(unknown.unemployment()).isNaN();
        assertThat(unknown.migrantStock()).isEmpty();
    }

    @Test
    void namesTheSeriesAndLineOfAMalformedRow() {
        assertThatThrownBy(() -> ReferenceIndicators.of("country,partner,period,value\nAAA,,20x0,5\n", "country,partner,period,value\n", "country,partner,period,value\n"))
                .hasMessageContaining("wdi.unemployment, line 2: cannot read 'AAA,,20x0,5'");
        assertThatThrownBy(() -> ReferenceIndicators.of("country,partner,period,value\n", "year,value\n", "country,partner,period,value\n"))
                .hasMessageContaining("wdi.gdp-per-capita-ppp, line 1: expected the header");
    }

    @Test
    void readsTheShippedReferenceData() throws IOException {
        Path observations = Path.of("..", "server", "src", "main", "resources", "reference", "observations");
        ReferenceIndicators indicators = ReferenceIndicators.of(
                gunzip(observations.resolve("wdi.unemployment.csv.gz")),
                gunzip(observations.resolve("wdi.gdp-per-capita-ppp.csv.gz")),
                gunzip(observations.resolve("undesa.migrant-stock.csv.gz")));

        DestinationProfile germany = indicators.profile("DEU", "DEU", 2024, Set.of("de"));

        // check values in the reference data's SOURCES.md (DEU unemployment 2024: 3.4 %) and its rows DEU,SYR,2024 and DEU,,2024
        assertThat(germany.unemployment()).isEqualTo(3.4);
        assertThat(germany.gdpPerCapitaPpp()).isEqualTo(73551.9347696836);
        assertThat(germany.coNationals("SYR")).isEqualTo(860_697);
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
