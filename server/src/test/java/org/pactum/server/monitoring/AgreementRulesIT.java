package org.pactum.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.ANALYST_FRA;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input, who may do what, all-or-nothing imports, exports, the dictionary and the job lock. */
class AgreementRulesIT extends IntegrationTest {

    // Germany and Italy; the evaluator reports a survey indicator of its own; verified 2026 figure 3,200 of a 4,000 target
    static final String DOCUMENT = """
            {"id": "RULES-DEU-ITA", "title": "Rules test agreement", "type": "relocation",
             "startsOn": "2026-01-01", "endsOn": "2027-12-31",
             "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "commitments": [{"key": "deu", "party": "DEU", "type": "relocation-places", "quantity": 4000,
                              "unit": "persons", "periodStart": "2026-01-01", "periodEnd": "2026-12-31"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2025-11-01"}, {"action": "sign", "on": "2025-11-02"},
                           {"action": "enter-into-force", "on": "2026-01-01"}],
             "indicators": [
               {"indicator": "relocations", "party": "DEU", "baseline": 1000, "baselinePeriod": "2025",
                "targets": {"2026": 4000, "2027": 4000},
                "reports": [{"period": "2026", "value": 3200, "source": "BAMF", "verification": "VERIFIED", "verifier": "verifier"}]},
               {"indicator": "refugee-children-in-school", "party": "EVALUATOR", "baseline": 0, "baselinePeriod": "2025",
                "targets": {"2026": 100}}],
             "publish": true}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewCalendar calendar;

    private long indicatorId(String agreement, String code) {
        return jdbc.sql("SELECT id FROM monitored_indicator WHERE agreement_id = ? AND indicator_code = ?")
                .params(agreement, code).query(Long.class).single();
    }

    private synchronized void imported() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM agreement WHERE id = 'RULES-DEU-ITA'").query(Long.class).single() == 0) {
            mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(DOCUMENT))
                    .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("IN_FORCE"));
        }
    }

    private String report(String period, String value, String unit) {
        return "{\"period\": \"" + period + "\", \"value\": " + value + ", \"unit\": \"" + unit + "\", \"source\": \"test\"}";
    }

    @Test
    void badReportsAreRefusedWith422NamingTheField() throws Exception {
        imported();
        String reports = "/api/v1/agreements/RULES-DEU-ITA/indicators/" + indicatorId("RULES-DEU-ITA", "relocations") + "/reports";
        mvc.perform(post(reports).with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(report("2031", "10", "persons")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("period"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("outside the agreement")));
        mvc.perform(post(reports).with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(report("2026-Q4", "10", "EUR")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("unit"));
        mvc.perform(post(reports).with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON).content(report("2026-Q4", "10", "persons")))
                .andExpect(status().isForbidden());
        mvc.perform(post(reports).contentType(MediaType.APPLICATION_JSON).content(report("2026-Q4", "10", "persons")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aVerifierDoesNotVerifyItsOwnReport() throws Exception {
        imported();
        long survey = indicatorId("RULES-DEU-ITA", "refugee-children-in-school");
        String body = mvc.perform(post("/api/v1/agreements/RULES-DEU-ITA/indicators/" + survey + "/reports").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON).content(report("2026", "90", "persons")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        mvc.perform(post("/api/v1/agreements/RULES-DEU-ITA/reports/" + reportId + "/verification").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"VERIFIED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agreements/RULES-DEU-ITA/reports/" + reportId + "/verification").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"state\": \"VERIFIED\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_verification WHERE report_id = ?").param(reportId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void draftsStayAmongTheirPartiesAndOnlyTheyEditThem() throws Exception {
        String draft = """
                {"id": "RULES-DRAFT", "title": "German-Italian draft", "type": "relocation",
                 "startsOn": "2027-01-01", "endsOn": "2027-12-31",
                 "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"}]}
                """;
        mvc.perform(post("/api/v1/agreements").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/agreements/RULES-DRAFT")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/RULES-DRAFT").with(as(ANALYST_FRA))).andExpect(status().isNotFound());
        mvc.perform(get("/agreements/RULES-DRAFT")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements").with(as(ANALYST_FRA)))
                .andExpect(jsonPath("$[?(@.id == 'RULES-DRAFT')]").isEmpty());
        mvc.perform(get("/api/v1/agreements/RULES-DRAFT").with(as(ANALYST_DEU))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/agreements/RULES-DRAFT").with(as(ANALYST_FRA)).contentType(MediaType.APPLICATION_JSON)
                .content(draft.replace("German-Italian draft", "hijacked"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/agreements/RULES-DRAFT/actions/sign").with(as(ANALYST_FRA))
                .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2026-12-01\"}")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT title FROM agreement WHERE id = 'RULES-DRAFT'").query(String.class).single())
                .isEqualTo("German-Italian draft");
        // an invalid transition names the rule that blocked it
        mvc.perform(post("/api/v1/agreements/RULES-DRAFT/actions/sign").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2026-12-01\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("signature-follows-negotiation"));
        mvc.perform(post("/api/v1/agreements/RULES-DRAFT/actions/expire").with(as(ANALYST_DEU))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\": \"2026-12-01\"}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.rule").value("expiry-of-an-operative-agreement"));
        mvc.perform(post("/api/v1/agreements/RULES-DRAFT/actions/dance").with(as(ANALYST_DEU))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'agreement.draft' AND subject = 'agreement RULES-DRAFT'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePartiesActThroughTheAgreementPage() throws Exception {
        String draft = """
                {"id": "RULES-PAGE-ACT", "title": "Page act draft", "type": "relocation",
                 "startsOn": "2027-01-01", "endsOn": "2027-12-31",
                 "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"}]}
                """;
        mvc.perform(post("/api/v1/agreements").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON).content(draft))
                .andExpect(status().isCreated());
        mvc.perform(get("/agreements/RULES-PAGE-ACT").with(as(ANALYST_DEU)))
                .andExpect(content().string(Matchers.containsString("id=\"act-form\"")));
        mvc.perform(post("/agreements/RULES-PAGE-ACT/act").with(as(ANALYST_DEU)).with(csrf())
                        .param("action", "sign").param("on", "2026-12-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", Matchers.startsWith("signature-follows-negotiation")));
        mvc.perform(post("/agreements/RULES-PAGE-ACT/act").with(as(ANALYST_DEU)).with(csrf())
                        .param("action", "conclude-negotiation").param("on", "2026-12-01"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "acted"));
        mvc.perform(post("/agreements/RULES-PAGE-ACT/act").with(as(ANALYST_FRA)).with(csrf())
                .param("action", "sign").param("on", "2026-12-02")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM agreement WHERE id = 'RULES-PAGE-ACT'").query(String.class).single())
                .isEqualTo("NEGOTIATED");
    }

    @Test
    void anImportIsAllOrNothing() throws Exception {
        // the second report is in the wrong unit: nothing of the agreement may remain
        String bad = DOCUMENT.replace("RULES-DEU-ITA", "RULES-BROKEN").replace(
                "\"reports\": [{\"period\": \"2026\", \"value\": 3200, \"source\": \"BAMF\", \"verification\": \"VERIFIED\", \"verifier\": \"verifier\"}]",
                "\"reports\": [{\"period\": \"2026\", \"value\": 3200, \"source\": \"BAMF\"}, "
                        + "{\"period\": \"2027\", \"value\": 10, \"unit\": \"EUR\", \"source\": \"BAMF\"}]");
        assertThat(bad).contains("\"EUR\"");
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("unit"));
        for (String table : new String[] {"agreement WHERE id", "agreement_party WHERE agreement_id",
            "commitment WHERE agreement_id", "agreement_history WHERE agreement_id", "monitored_indicator WHERE agreement_id"}) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table + " = 'RULES-BROKEN'").query(Long.class).single()).as(table).isZero();
        }
        mvc.perform(post("/api/v1/agreements/import").with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                        .content(DOCUMENT.replace("RULES-DEU-ITA", "RULES-ANALYST")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("verification"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement WHERE id = 'RULES-ANALYST'").query(Long.class).single()).isZero();
    }

    /**
     * An imported verification keeps the verifying party the file names (here UNHCR, which verifies
     * alongside the evaluator); without a name, the agreement's only verifier; an unknown party, or a
     * choice between two verifiers left open, is refused naming the report.
     */
    @Test
    void importedVerificationsKeepTheirVerifyingParty() throws Exception {
        String twoVerifiers = DOCUMENT.replace("RULES-DEU-ITA", "RULES-VERIFIERS")
                .replace("{\"party\": \"EVALUATOR\", \"role\": \"verifier\"}",
                        "{\"party\": \"EVALUATOR\", \"role\": \"verifier\"}, {\"party\": \"UNHCR\", \"role\": \"verifier\"}");
        String named = twoVerifiers.replace("\"verifier\": \"verifier\"}", "\"verifier\": \"verifier\", \"verifierParty\": \"UNHCR\"}");
        assertThat(named).contains("\"verifierParty\": \"UNHCR\"").contains("{\"party\": \"UNHCR\", \"role\": \"verifier\"}");
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON).content(named))
                .andExpect(status().isCreated());
        assertThat(verifyingParties("RULES-VERIFIERS")).containsExactly("UNHCR");

        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(twoVerifiers.replace("RULES-VERIFIERS", "RULES-UNNAMED")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("indicators[0].reports[0].verifierParty"));
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(named.replace("RULES-VERIFIERS", "RULES-OUTSIDER").replace("\"verifierParty\": \"UNHCR\"",
                                "\"verifierParty\": \"NOBODY\"")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("indicators[0].reports[0].verifierParty"));

        imported();
        assertThat(verifyingParties("RULES-DEU-ITA")).containsExactly("EVALUATOR");
    }

    private List<String> verifyingParties(String agreement) {
        return jdbc.sql("SELECT v.verifier_party FROM report_verification v JOIN indicator_report r ON r.id = v.report_id "
                        + "JOIN monitored_indicator i ON i.id = r.indicator_id WHERE i.agreement_id = ? ORDER BY v.id")
                .param(agreement).query(String.class).list();
    }

    @Test
    void complianceIsExportedAsCsvAndXlsx() throws Exception {
        imported();
        // 2026: baseline 1,000, target 4,000, verified 3,200: (3200 - 1000) / (4000 - 1000) = 2200 / 3000 = 0.7333... -> at risk
        String csv = mvc.perform(get("/api/v1/agreements/RULES-DEU-ITA/compliance.csv"))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).contains("agreement_indicator,indicator,party,period,target,actual,verification,status,attainment");
        assertThat(csv).containsPattern("relocations,DEU,2026,4000,3200,VERIFIED,AT_RISK,0\\.7333");
        assertThat(csv).contains("relocations,DEU,2027,4000,,,NOT_VERIFIABLE,");

        byte[] xlsx = mvc.perform(get("/api/v1/agreements/RULES-DEU-ITA/compliance.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("compliance");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("status");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("2026");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(3200.0);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("AT_RISK");
        }
    }

    @Test
    void theDictionaryIsSharedVersionedAndKeptByAdministrators() throws Exception {
        mvc.perform(get("/api/v1/dictionary/party-role")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", Matchers.containsInAnyOrder("destination", "transit", "origin", "donor",
                        "implementer", "verifier", "observer")));
        mvc.perform(get("/api/v1/dictionary/indicator")).andExpect(jsonPath("$[?(@.code == 'remittance-cost')].mapping")
                .value(Matchers.hasItem(Matchers.containsString("SDG 10.c.1"))));
        String entry = "{\"label\": \"Scholarships awarded\", \"unit\": \"persons\"}";
        mvc.perform(put("/api/v1/dictionary/commitment-type/scholarships").with(as(ANALYST_DEU))
                .contentType(MediaType.APPLICATION_JSON).content(entry)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/dictionary/commitment-type/scholarships").with(as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content(entry))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(Matchers.greaterThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/dictionary/commitment-type/scholarships"))
                .andExpect(jsonPath("$[0].label").value("Scholarships")).andExpect(jsonPath("$[0].version").value(1));
        mvc.perform(get("/api/v1/dictionary/export.csv")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("agreement-type,labour-mobility,1,Labour mobility")));
    }

    @Test
    void theRegisterIsExportedAndTheDictionaryImportedFromCsv() throws Exception {
        String csv = mvc.perform(get("/api/v1/agreements/export.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).contains("id,title,type,status,published,illustrative,starts_on,ends_on,signed_on,in_force_on,parties,commitments");
        assertThat(csv).contains("DEMO-ASP-2026,Annual Solidarity Pool 2026").doesNotContain("RULES-DRAFT");
        byte[] xlsx = mvc.perform(get("/api/v1/agreements/export.xlsx")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("agreements").getRow(0).getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(workbook.getSheet("agreements").getLastRowNum()).isGreaterThanOrEqualTo(3);
        }
        String bad = "list,code,label,unit,direction,aggregation\n"
                + "indicator,csv-good,Good indicator,persons,INCREASE,SUM\n"
                + "indicator,csv-bad,Bad indicator,persons,,SUM\n";
        mvc.perform(post("/api/v1/dictionary/import").with(as(ADMIN)).contentType("text/csv").content(bad))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("line 3"));
        mvc.perform(get("/api/v1/dictionary/indicator/csv-good")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dictionary/import").with(as(ADMIN)).contentType("text/csv")
                        .content(bad.replace("persons,,SUM", "persons,DECREASE,MEAN")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        mvc.perform(get("/api/v1/dictionary/indicator/csv-bad")).andExpect(jsonPath("$[0].direction").value("DECREASE"));
    }

    @Test
    void demoAgreementsArePublicAndLabelledIllustrative() throws Exception {
        mvc.perform(get("/api/v1/agreements?type=burden-sharing"))
                .andExpect(jsonPath("$[?(@.id == 'DEMO-ASP-2026')].illustrative").value(Matchers.hasItem(true)));
        mvc.perform(get("/api/v1/agreements?party=MAR")).andExpect(jsonPath("$[0].id").value("DEMO-ESP-MAR-SEASONAL"));
        mvc.perform(get("/api/v1/agreements?q=Türkiye")).andExpect(jsonPath("$[0].id").value("DEMO-EU-TUR-2016"));
        mvc.perform(get("/api/v1/agreements?status=nonsense")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/agreements/DEMO-ASP-2026/indicators"))
                .andExpect(jsonPath("$[0].targets.length()").value(4));
        mvc.perform(get("/agreements?region=Africa")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("DEMO-ESP-MAR-SEASONAL")));
        mvc.perform(get("/agreements/DEMO-ASP-2026")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Illustrative demo data")));
        mvc.perform(get("/monitoring")).andExpect(status().isOk());
        mvc.perform(get("/agreements/DEMO-ESP-MAR-SEASONAL?lang=fr")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Registre des accords")))
                .andExpect(content().string(Matchers.containsString("Calendrier des clauses")));
    }

    @Test
    void theDailyRunHappensOncePerDayWhateverTheNodes() throws Exception {
        LocalDate day = LocalDate.of(2099, 1, 1);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = nodes.submit(() -> calendar.runOnce(day));
            var second = nodes.submit(() -> calendar.runOnce(day));
            first.get();
            second.get();
        } finally {
            nodes.shutdown();
        }
        assertThat(jdbc.sql("SELECT last_run_on FROM job_lock WHERE name = 'review-calendar'").query(java.sql.Date.class)
                .single().toLocalDate()).isEqualTo(day);
        assertThat(calendar.runOnce(day)).isZero();
        assertThat(calendar.runOnce(day.minusDays(1))).isZero();
    }
}
