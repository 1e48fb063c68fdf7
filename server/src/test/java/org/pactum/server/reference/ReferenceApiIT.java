package org.pactum.server.reference;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reference data API on the real bundled data. Expected values are read by hand from the
 * publishers' files: World Bank WDI sp.pop.totl.csv "Germany,DEU,2024,83516593" and
 * ny.gdp.mktp.cd.csv "Germany,DEU,2024,4685592577804.69".
 */
class ReferenceApiIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void germanyIsAnEuAndSchengenMemberWithItsIsoCodes() throws Exception {
        mvc.perform(get("/api/v1/countries/DEU"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iso2").value("DE"))
                .andExpect(jsonPath("$.numeric").value("276"))
                .andExpect(jsonPath("$.euMember").value(true))
                .andExpect(jsonPath("$.schengenMember").value(true))
                .andExpect(jsonPath("$.names.fr").value("Allemagne"));
    }

    @Test
    void countriesCanBeFilteredToTheEu() throws Exception {
        mvc.perform(get("/api/v1/countries").param("eu", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(27));
    }

    @Test
    void germanPopulationAndGdpIn2024ComeFromTheWorldBank() throws Exception {
        mvc.perform(get("/api/v1/observations").param("indicator", "wdi.population").param("country", "DEU")
                        .param("from", "2024").param("to", "2024"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].value").value(83_516_593.0));
        mvc.perform(get("/api/v1/observations").param("indicator", "wdi.gdp").param("country", "DEU")
                        .param("from", "2024").param("to", "2024"))
                .andExpect(jsonPath("$.items[0].value").value(4_685_592_577_804.69));
        mvc.perform(get("/api/v1/indicators/wdi.population"))
                .andExpect(jsonPath("$.source").value(containsString("World Bank")))
                .andExpect(jsonPath("$.licence").value("CC BY 4.0"));
    }

    @Test
    void observationsComeInPages() throws Exception {
        // WDI has German population for every year 1960-2025: 66 observations.
        mvc.perform(get("/api/v1/observations").param("indicator", "wdi.population").param("country", "DEU")
                        .param("size", "10").param("page", "6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(66))
                .andExpect(jsonPath("$.totalPages").value(7))
                .andExpect(jsonPath("$.items.length()").value(6))
                .andExpect(jsonPath("$.items[5].period").value("2025"));
    }

    @Test
    void pairSeriesNameBothCountries() throws Exception {
        // UN DESA International Migrant Stock 2024: born in Syria, living in Germany = 860,697.
        mvc.perform(get("/api/v1/observations").param("indicator", "undesa.migrant-stock").param("country", "DEU")
                        .param("partner", "SYR").param("from", "2024"))
                .andExpect(jsonPath("$.items[0].value").value(860_697.0))
                .andExpect(jsonPath("$.items[0].period").value("2024"));
    }

    @Test
    void anUnknownCountryIsA404ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/countries/XYZ"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.key").value("XYZ"));
        mvc.perform(get("/api/v1/observations").param("country", "XYZ")).andExpect(status().isNotFound());
    }

    @Test
    void malformedParametersAre400sNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/observations").param("page", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.parameter").value("page"));
        mvc.perform(get("/api/v1/observations").param("from", "2024-13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("from"));
        mvc.perform(get("/api/v1/observations").param("size", "5000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("size"));
        mvc.perform(get("/api/v1/observations").param("country", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parameter").value("country"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/observations']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/countries/{iso3}']").exists());
    }
}
