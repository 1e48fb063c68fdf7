package org.pactum.server.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Importing a newer edition: all rows or none, and a bad row is named by line and column. */
class ImportIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private long observations(String indicator, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM observation WHERE indicator_code = ? AND period = ?")
                .params(indicator, period).query(Long.class).single();
    }

    private long auditRecords(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = ?").param(action).query(Long.class).single();
    }

    @Test
    void aFileWithABadRowIsRejectedWithItsLineAndNothingIsStored() throws Exception {
        String csv = """
                Country Name,Country Code,Year,Value
                France,FRA,2031,68500000
                Germany,DEU,2031,83600000
                Italy,ITA,2031,fifty-nine million
                Spain,ESP,2031,48900000
                """;
        long before = observations("wdi.population", "2031");
        mvc.perform(multipart("/api/v1/admin/imports").file(file(csv))
                        .param("indicator", "wdi.population").param("edition", "WDI test edition").param("format", "wdi")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(4))
                .andExpect(jsonPath("$.column").value("Value"))
                .andExpect(jsonPath("$.reason").value("'fifty-nine million' is not a number"));
        assertThat(observations("wdi.population", "2031")).isEqualTo(before).isZero();
    }

    @Test
    void aGoodFileIsStoredSkippingAggregatesAndIsAudited() throws Exception {
        String csv = """
                Country Name,Country Code,Year,Value
                France,FRA,2032,68500000
                World,WLD,2032,8300000000
                Germany,DEU,2032,83600000
                """;
        long audited = auditRecords("reference.import");
        mvc.perform(multipart("/api/v1/admin/imports").file(file(csv))
                        .param("indicator", "wdi.population").param("edition", "WDI test edition 2").param("format", "wdi")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.observationsStored").value(2))
                .andExpect(jsonPath("$.rowsSkipped").value(1))
                .andExpect(jsonPath("$.skippedCodes[0]").value("WLD"));
        assertThat(observations("wdi.population", "2032")).isEqualTo(2);
        assertThat(auditRecords("reference.import")).isEqualTo(audited + 1);
    }

    @Test
    void aGenericFileWithAnUnknownCountryIsRejected() throws Exception {
        String csv = """
                iso3,year,refugees
                DEU,2033,10
                ZZZ,2033,20
                """;
        mvc.perform(multipart("/api/v1/admin/imports").file(file(csv))
                        .param("indicator", "unhcr.refugees-hosted").param("edition", "test").param("format", "generic")
                        .param("countryColumn", "iso3").param("periodColumn", "year").param("valueColumn", "refugees")
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.column").value("iso3"));
        assertThat(observations("unhcr.refugees-hosted", "2033")).isZero();
    }

    @Test
    void anAnalystMayNotImport() throws Exception {
        mvc.perform(multipart("/api/v1/admin/imports").file(file("a,b\n"))
                        .param("indicator", "wdi.population").param("edition", "x").param("format", "wdi")
                        .with(user("someone").roles("ANALYST")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "population.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
