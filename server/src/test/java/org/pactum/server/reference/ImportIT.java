package org.pactum.server.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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

    /**
     * A newer edition relabels only what it carries: Aruba's 2015 remittances come from the test
     * file and take its edition; Afghanistan's, which the file leaves out, keep the bundled edition
     * (the catalogue's text in reference/indicators.csv) and their bundled value.
     */
    @Test
    void aNewerEditionRelabelsOnlyTheObservationsItCarries() throws Exception {
        String bundled = "WDI snapshot 2026-07-01 (datasets/world-development-indicators 4ebec5a)";
        String csv = """
                Country Name,Country Code,Year,Value
                Aruba,ABW,2015,53640100.5
                """;
        mvc.perform(multipart("/api/v1/admin/imports").file(file(csv))
                        .param("indicator", "wdi.remittances-received").param("edition", "WDI test edition 2015")
                        .param("format", "wdi").with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(edition("wdi.remittances-received", "ABW", "2015")).isEqualTo("WDI test edition 2015");
        assertThat(edition("wdi.remittances-received", "AFG", "2015")).isEqualTo(bundled);
        mvc.perform(get("/api/v1/observations").param("indicator", "wdi.remittances-received").param("country", "AFG")
                        .param("from", "2015").param("to", "2015"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].value").value(348624717.302647))
                .andExpect(jsonPath("$.items[0].edition").value(bundled));
        mvc.perform(get("/api/v1/observations").param("indicator", "wdi.remittances-received").param("country", "ABW")
                        .param("from", "2015").param("to", "2015"))
                .andExpect(jsonPath("$.items[0].value").value(53640100.5))
                .andExpect(jsonPath("$.items[0].edition").value("WDI test edition 2015"));
        mvc.perform(get("/api/v1/indicators/wdi.remittances-received"))
                .andExpect(jsonPath("$.edition").value("WDI test edition 2015"));
    }

    private String edition(String indicator, String country, String period) {
        return jdbc.sql("SELECT edition FROM observation WHERE indicator_code = ? AND country_iso3 = ? AND period = ?")
                .params(indicator, country, period).query(String.class).single();
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
