package org.pactum.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.ANALYST_DEU;
import static org.pactum.server.testing.Members.VERIFIER;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figures reported under a published agreement, and the verifiers' decisions on them, are facts on
 * the public register; figures of an agreement not yet published are not, until it is. The
 * expected payloads are the rows read back with SQL, and the expected positions in the log are found
 * by reading every entry's leaf bytes, not through the subject index the pages use.
 */
class ReportsInRegisterIT extends IntegrationTest {

    // Germany reports its relocations, an independent evaluator verifies; signed and in force, no figures yet
    private static final String DOCUMENT = """
            {"id": "%s", "title": "Register of figures test", "type": "relocation",
             "startsOn": "2026-01-01", "endsOn": "2027-12-31",
             "parties": [{"party": "DEU", "role": "donor"}, {"party": "ITA", "role": "destination"},
                         {"party": "EVALUATOR", "role": "verifier"}],
             "commitments": [{"key": "deu", "party": "DEU", "type": "relocation-places", "quantity": 4000,
                              "unit": "persons", "periodStart": "2026-01-01", "periodEnd": "2027-12-31"}],
             "lifecycle": [{"action": "conclude-negotiation", "on": "2025-11-01"}, {"action": "sign", "on": "2025-11-02"},
                           {"action": "enter-into-force", "on": "2026-01-01"}],
             "indicators": [{"indicator": "relocations", "party": "DEU", "baseline": 1000, "baselinePeriod": "2025",
                             "targets": {"2026": 4000, "2027": 4000}, "reports": %s}],
             "publish": %s}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aReportOnAPublishedAgreementAndItsVerificationAreLeavesMatchingTheirRows() throws Exception {
        String agreement = "REGISTER-FIGURES-PUBLISHED";
        importAgreement(agreement, "[]", true);
        long reportId = report(agreement, "2026", "3187.5");
        verify(agreement, reportId, "DISPUTED", "includes 40 transfers under Dublin");

        List<JsonNode> reports = awaitLeaves("indicator-report", reportId, 1);
        List<JsonNode> verifications = awaitLeaves("report-verification", reportId, 1);

        Map<String, Object> reportRow = jdbc.sql("""
                        SELECT r.id, i.agreement_id, i.indicator_code, r.reporting_party, r.period, r.version, r.report_value,
                               r.unit, r.source, r.reported_by, r.reported_at
                        FROM indicator_report r JOIN monitored_indicator i ON i.id = r.indicator_id WHERE r.id = ?""")
                .param(reportId).query().singleRow();
        JsonNode reported = reports.get(0).path("payload");
        assertThat(reported.path("report").asLong()).isEqualTo(number(reportRow.get("id")));
        assertThat(reported.path("agreement").asString()).isEqualTo(reportRow.get("agreement_id")).isEqualTo(agreement);
        assertThat(reported.path("indicator").asString()).isEqualTo(reportRow.get("indicator_code")).isEqualTo("relocations");
        assertThat(reported.path("party").asString()).isEqualTo(reportRow.get("reporting_party")).isEqualTo("DEU");
        assertThat(reported.path("period").asString()).isEqualTo(reportRow.get("period")).isEqualTo("2026");
        assertThat(reported.path("version").asLong()).isEqualTo(number(reportRow.get("version"))).isEqualTo(1);
        assertThat(reported.path("value").asString()).as("the figure as a decimal string, exactly as reported").isEqualTo("3187.5");
        assertThat(new BigDecimal(reported.path("value").asString())).isEqualByComparingTo((BigDecimal) reportRow.get("report_value"));
        assertThat(reported.path("unit").asString()).isEqualTo(reportRow.get("unit")).isEqualTo("persons");
        assertThat(reported.path("source").asString()).isEqualTo(reportRow.get("source")).isEqualTo("BAMF relocation statistics");
        assertThat(reported.path("reportedBy").asString()).isEqualTo(reportRow.get("reported_by")).isEqualTo("analyst.deu");
        assertThat(Instant.parse(reported.path("reportedAt").asString())).isEqualTo(moment("SELECT reported_at FROM indicator_report WHERE id = ?", reportId));

        Map<String, Object> verificationRow = jdbc.sql("""
                        SELECT report_id, state, reason, verifier, verifier_party FROM report_verification WHERE report_id = ?""")
                .param(reportId).query().singleRow();
        JsonNode decided = verifications.get(0).path("payload");
        assertThat(decided.path("report").asLong()).isEqualTo(number(verificationRow.get("report_id"))).isEqualTo(reportId);
        assertThat(decided.path("agreement").asString()).isEqualTo(agreement);
        assertThat(decided.path("outcome").asString()).isEqualTo(verificationRow.get("state")).isEqualTo("DISPUTED");
        assertThat(decided.path("reason").asString()).isEqualTo(verificationRow.get("reason"))
                .isEqualTo("includes 40 transfers under Dublin");
        assertThat(decided.path("verifier").asString()).isEqualTo(verificationRow.get("verifier")).isEqualTo("verifier");
        assertThat(decided.path("verifierParty").asString()).isEqualTo(verificationRow.get("verifier_party")).isEqualTo("EVALUATOR");
        assertThat(Instant.parse(decided.path("decidedAt").asString())).isEqualTo(moment("SELECT decided_at FROM report_verification WHERE report_id = ?", reportId));

        assertThat(verifications.get(0).path("sequence").asLong()).as("the decision follows the report in the log")
                .isGreaterThan(reports.get(0).path("sequence").asLong());
    }

    @Test
    void figuresOfAnUnpublishedAgreementAreInTheLogOnceItIsPublishedAndOnlyOnce() throws Exception {
        String agreement = "REGISTER-FIGURES-LATER";
        importAgreement(agreement, """
                [{"period": "2026", "value": 3900, "source": "BAMF", "verification": "VERIFIED", "verifier": "verifier"}]""",
                false);
        long imported = jdbc.sql("SELECT r.id FROM indicator_report r JOIN monitored_indicator i ON i.id = r.indicator_id "
                + "WHERE i.agreement_id = ?").param(agreement).query(Long.class).single();
        long reported = report(agreement, "2027", "2150");
        verify(agreement, reported, "VERIFIED", "");

        register.integrate();
        assertThat(leavesAbout(agreement)).as("figures of an unpublished agreement stay among its parties").isEmpty();
        assertThat(reportRow(page(agreement), reported)).contains("not published").doesNotContain("/register/entries/");

        mvc.perform(post("/api/v1/agreements/" + agreement + "/publication").with(as(ANALYST_DEU))).andExpect(status().isOk());

        for (long reportId : List.of(imported, reported)) {
            awaitLeaves("indicator-report", reportId, 1);
            awaitLeaves("report-verification", reportId, 1);
        }

        // the outbox delivers the publication again, as after a crash: nothing is published twice
        int redelivered = jdbc.sql("UPDATE event_publication SET completion_date = NULL WHERE listener_id LIKE '%ReportPublications%' "
                + "AND serialized_event LIKE ?").param("%" + agreement + "%").update();
        assertThat(redelivered).as("the monitoring module heard of the publication").isEqualTo(1);
        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof org.pactum.server.agreements.AgreementEvent.AgreementPublished e
                && e.agreementId().equals(agreement));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%ReportPublications%' "
                                + "AND serialized_event LIKE ? AND completion_date IS NULL")
                .param("%" + agreement + "%").query(Long.class).single()).isZero());
        register.integrate();
        assertThat(leavesAbout(agreement)).as("one report and one decision for each of the two figures").hasSize(4);
        for (long reportId : List.of(imported, reported)) {
            assertThat(leaves("indicator-report", reportId)).hasSize(1);
            assertThat(leaves("report-verification", reportId)).hasSize(1);
        }
    }

    @Test
    void eachReportRowLinksToTheNewestEntryAboutThatReport() throws Exception {
        String agreement = "REGISTER-FIGURES-PAGE";
        importAgreement(agreement, "[]", true);
        long verified = report(agreement, "2026", "3550");
        verify(agreement, verified, "VERIFIED", "");
        long pending = report(agreement, "2027", "1200");

        long verification = awaitLeaves("report-verification", verified, 1).get(0).path("sequence").asLong();
        long report = awaitLeaves("indicator-report", pending, 1).get(0).path("sequence").asLong();

        String page = page(agreement);
        assertThat(reportRow(page, verified)).as("a verified figure links to the verifier's decision")
                .contains("href=\"/register/entries/" + verification + "\"")
                .contains(HtmlUtils.htmlEscape("/api/v1/log/proof/inclusion?index=" + verification + "&tree_size="));
        assertThat(reportRow(page, pending)).as("a figure awaiting verification links to the report")
                .contains("href=\"/register/entries/" + report + "\"")
                .contains(HtmlUtils.htmlEscape("/api/v1/log/proof/inclusion?index=" + report + "&tree_size="));

        String verifyPage = mvc.perform(get("/agreements/" + agreement + "/reports/" + pending + "/verify").param("lang", "en")
                        .with(as(VERIFIER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(verifyPage).contains("In the public register").contains("href=\"/register/entries/" + report + "\"");
    }

    private void importAgreement(String id, String reports, boolean publish) throws Exception {
        mvc.perform(post("/api/v1/agreements/import").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content(DOCUMENT.formatted(id, reports, publish)))
                .andExpect(status().isCreated());
    }

    private long indicatorId(String agreement) {
        return jdbc.sql("SELECT id FROM monitored_indicator WHERE agreement_id = ? AND indicator_code = 'relocations'")
                .param(agreement).query(Long.class).single();
    }

    private long report(String agreement, String period, String value) throws Exception {
        String body = mvc.perform(post("/api/v1/agreements/" + agreement + "/indicators/" + indicatorId(agreement) + "/reports")
                        .with(as(ANALYST_DEU)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\": \"" + period + "\", \"value\": " + value + ", \"unit\": \"persons\", "
                                + "\"source\": \"BAMF relocation statistics\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
    }

    private void verify(String agreement, long reportId, String state, String reason) throws Exception {
        mvc.perform(post("/api/v1/agreements/" + agreement + "/reports/" + reportId + "/verification").with(as(VERIFIER))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"state\": \"" + state + "\", \"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk());
    }

    /** Integrates until the log holds {@code count} leaves of this kind about the report, and returns them in log order. */
    private List<JsonNode> awaitLeaves(String kind, long reportId, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            assertThat(leaves(kind, reportId)).hasSize(count);
        });
        return leaves(kind, reportId);
    }

    /** Every leaf in the log of this kind whose payload names the report. */
    private List<JsonNode> leaves(String kind, long reportId) {
        return allLeaves().stream().filter(l -> l.path("kind").asString().equals(kind)
                && l.path("payload").path("report").asLong() == reportId).toList();
    }

    /** Every leaf in the log about a figure of this agreement. */
    private List<JsonNode> leavesAbout(String agreement) {
        return allLeaves().stream().filter(l -> List.of("indicator-report", "report-verification").contains(l.path("kind").asString())
                && l.path("payload").path("agreement").asString().equals(agreement)).toList();
    }

    private List<JsonNode> allLeaves() {
        return log.entries(0, log.treeSize()).stream().map(LogEntry::leafText).map(JsonMapper.shared()::readTree).toList();
    }

    /** A moment stored with its time zone, read back as such. */
    private Instant moment(String sql, long reportId) {
        return jdbc.sql(sql).param(reportId).query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).single();
    }

    private String page(String agreement) throws Exception {
        return mvc.perform(get("/agreements/" + agreement).param("lang", "en").with(as(ANALYST_DEU)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String reportRow(String page, long reportId) {
        Matcher row = Pattern.compile("<tr data-report=\"" + reportId + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("the agreement page has a row for report " + reportId).isTrue();
        return row.group(1);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
