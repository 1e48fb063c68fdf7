package org.pactum.server.corridors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The corridor API: scorecards, reports, and bad input answered with problem details, never a 500. */
class CorridorApiIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theScorecardOfSpainAndMoroccoAsJson() throws Exception {
        ShippedFile stock = ShippedFile.of("undesa.migrant-stock");
        double moroccansInSpain2024 = stock.pair("ESP", "MAR").stream().filter(r -> r.period().equals("2024"))
                .findFirst().orElseThrow().value();
        mvc.perform(get("/api/v1/corridors/ESP/MAR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a.iso3").value("ESP"))
                .andExpect(jsonPath("$.visas.aIntoB").value("VISA_FREE"))
                .andExpect(jsonPath("$.visas.bIntoA").value("VISA_REQUIRED"))
                .andExpect(jsonPath("$.stocks.bBornInA[-1:].period").value(hasItem("2024")))
                .andExpect(jsonPath("$.stocks.bBornInA[-1:].value").value(hasItem(moroccansInSpain2024)))
                // the Spain–Morocco seasonal scheme of the demo register (demo/agreements/2-esp-mar-seasonal.json)
                .andExpect(jsonPath("$.agreements[0].id").value("DEMO-ESP-MAR-SEASONAL"))
                .andExpect(jsonPath("$.balance.givenByA[?(@.typeCode == 'work-visas')].quantity").value(hasItem(15000)));
    }

    @Test
    void aCountrysCorridorsForTheMap() throws Exception {
        // emigrants of Morocco: destination = country, origin = MAR, UN DESA 2024, from the shipped file
        double inSpain = ShippedFile.of("undesa.migrant-stock").pair("ESP", "MAR").stream()
                .filter(r -> r.period().equals("2024")).findFirst().orElseThrow().value();
        double moroccoBornInFrance = ShippedFile.of("undesa.migrant-stock").pair("FRA", "MAR").stream()
                .filter(r -> r.period().equals("2024")).findFirst().orElseThrow().value();
        mvc.perform(get("/api/v1/corridors/map/mar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.partner.iso3 == 'ESP')].value").value(hasItem(inSpain)))
                .andExpect(jsonPath("$[0].value").value(Math.max(inSpain, moroccoBornInFrance)));
    }

    @Test
    void anUnknownCodeIsA404ThatSuggestsCloseMatches() throws Exception {
        mvc.perform(get("/api/v1/corridors/DEX/TUR"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.key").value("DEX"))
                .andExpect(jsonPath("$.suggestions").value(hasItem("DEU (Germany)")));
        mvc.perform(get("/api/v1/corridors/DEU/morocco"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.suggestions").value(hasItem("MAR (Morocco)")));
        mvc.perform(get("/api/v1/corridors/DEU/" + "X".repeat(5000)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/corridors/map/ZZZ")).andExpect(status().isNotFound());
    }

    @Test
    void badParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/corridors/DEU/deu"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("b"));
        mvc.perform(get("/api/v1/corridors/reciprocity").param("sort", "wealth"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("sort"));
        mvc.perform(get("/api/v1/corridors/reciprocity").param("size", "0")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/corridors/remittance-costs").param("page", "abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/corridors/map/MAR").param("measure", "x")).andExpect(status().isBadRequest());
    }

    @Test
    void theReciprocityReportListsGermanyAndTurkiye() throws Exception {
        double turksInGermany = ShippedFile.of("undesa.migrant-stock").pair("DEU", "TUR").stream()
                .filter(r -> r.period().equals("2024")).findFirst().orElseThrow().value();
        mvc.perform(get("/api/v1/corridors/reciprocity").param("country", "TUR").param("size", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.visaFree.iso3 == 'DEU')].visaNeeded.iso3").value(hasItem("TUR")))
                .andExpect(jsonPath("$.items[?(@.visaFree.iso3 == 'DEU')].stockOfVisaNeededInVisaFree").value(hasItem(turksInGermany)));
        // sorted by migrant stock: the first rows are the largest
        mvc.perform(get("/api/v1/corridors/reciprocity").param("sort", "country").param("size", "1"))
                .andExpect(jsonPath("$.items[0].visaFree.iso3").value(startsWith("A")));
    }

    @Test
    void remittanceCorridorsAboveFivePercentMatchTheShippedPrices() throws Exception {
        // the latest quarter of each corridor, from the raw file
        Map<String, ShippedFile.Row> latest = new HashMap<>();
        for (ShippedFile.Row r : ShippedFile.of("rpw.cost-usd-200").rows()) {
            latest.merge(r.country() + ">" + r.partner(), r, (x, y) -> y.period().compareTo(x.period()) > 0 ? y : x);
        }
        long above = latest.values().stream().filter(r -> r.value() > 5.0).count();
        double dearest = latest.values().stream().mapToDouble(ShippedFile.Row::value).max().orElseThrow();
        assertThat(above).isPositive();
        mvc.perform(get("/api/v1/corridors/remittance-costs").param("size", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(above))
                .andExpect(jsonPath("$.items[0].percent").value(dearest));
    }
}
