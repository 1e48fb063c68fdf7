package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.grievances.Complainants.file;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public statistics on fifteen complaints whose counts are worked out by hand below: small
 * cells withheld (and their complement), the median over five resolutions, the API, the CSV,
 * the page, and the monthly entry in the public register.
 */
class GrievanceStatisticsIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GrievanceStatistics statistics;

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Test
    void countsUnderFiveAreWithheldAndTheMedianIsOverFiveResolutions() throws Exception {
        // the statistics are of the whole channel: start from none (other test classes filed their own)
        jdbc.sql("DELETE FROM grievance_note").update();
        jdbc.sql("DELETE FROM grievance_step").update();
        jdbc.sql("DELETE FROM grievance").update();

        // 7 detention (6 of them under the EU-Türkiye statement), 6 reception conditions, 2 other = 15
        for (int i = 0; i < 7; i++) {
            file(mvc, complaint("detention", "Stats " + i, i < 6 ? "DEMO-EU-TUR-2016" : ""));
        }
        for (int i = 7; i < 13; i++) {
            file(mvc, complaint("reception-conditions", "Stats " + i, ""));
        }
        for (int i = 13; i < 15; i++) {
            file(mvc, complaint("other", "Stats " + i, ""));
        }
        // filed: Stats 0-8 in January 2026 (9), 9-13 in February (5), 14 in March (1)
        for (int i = 0; i < 15; i++) {
            String filed = i < 9 ? "2026-01-05T10:00:00Z" : i < 14 ? "2026-02-10T10:00:00Z" : "2026-03-02T10:00:00Z";
            jdbc.sql("UPDATE grievance SET filed_at = ? WHERE place = ?").params(Timestamp.from(Instant.parse(filed)), "Stats " + i).update();
        }
        // resolved after 1, 2, 3, 10 and 40 days (Stats 0-4, filed 2026-01-05T10:00Z); Stats 5 rejected after an hour
        long[] days = {1, 2, 3, 10, 40};
        for (int i = 0; i < days.length; i++) {
            jdbc.sql("UPDATE grievance SET status = 'RESOLVED', closed_at = ? WHERE place = ?")
                    .params(Timestamp.from(Instant.parse("2026-01-05T10:00:00Z").plus(Duration.ofDays(days[i]))), "Stats " + i).update();
        }
        jdbc.sql("UPDATE grievance SET status = 'REJECTED', closed_at = ? WHERE place = 'Stats 5'")
                .param(Timestamp.from(Instant.parse("2026-01-05T11:00:00Z"))).update();

        // by hand: total 15 shown. Categories: detention 7 and reception 6 shown; other (2) and the five empty categories
        // withheld. Agreements: none named 9, DEMO-EU-TUR-2016 6, both shown. Months: January 9 shown; March (1) is
        // under 5 and would be 15 - 9 - 5 by subtraction, so February (5, the smallest shown) is withheld too.
        // Median of 1, 2, 3, 10, 40 days = 3 days = 72 hours (the rejection is not a resolution).
        mvc.perform(get("/api/v1/grievances/statistics")).andExpect(status().isOk())
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.total").value(15))
                .andExpect(jsonPath("$.byCategory[?(@.key == 'detention')].count").value(7))
                .andExpect(jsonPath("$.byCategory[?(@.key == 'reception-conditions')].count").value(6))
                .andExpect(jsonPath("$.byCategory[?(@.key == 'other')].suppressed").value(true))
                .andExpect(jsonPath("$.byCategory[?(@.key == 'misuse-of-funds')].suppressed").value(true))
                .andExpect(jsonPath("$.byAgreement[?(@.key == '')].count").value(9))
                .andExpect(jsonPath("$.byAgreement[?(@.key == 'DEMO-EU-TUR-2016')].count").value(6))
                .andExpect(jsonPath("$.byMonth[?(@.key == '2026-01')].count").value(9))
                .andExpect(jsonPath("$.byMonth[?(@.key == '2026-02')].suppressed").value(true))
                .andExpect(jsonPath("$.byMonth[?(@.key == '2026-03')].suppressed").value(true))
                .andExpect(jsonPath("$.medianResolutionHours").value(72));

        String csv = mvc.perform(get("/api/v1/grievances/statistics.csv")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).contains("dimension,key,count,suppressed", "total,,15,false", "category,detention,7,false",
                "category,other,,true", "month,2026-02,,true", "agreement,DEMO-EU-TUR-2016,6,false", "median-resolution-hours,,72,false");
        assertThat(mvc.perform(get("/grievances/statistics.csv")).andReturn().getResponse().getContentAsString()).isEqualTo(csv);

        mvc.perform(get("/grievances/statistics?lang=es")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Estadísticas de quejas")))
                .andExpect(content().string(containsString("72 horas")));
        mvc.perform(get("/agreements/DEMO-EU-TUR-2016")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/grievances?agreement=DEMO-EU-TUR-2016")));

        // entered in the public register once for March 2026
        assertThat(statistics.publishFor(YearMonth.of(2026, 3))).isTrue();
        assertThat(statistics.publishFor(YearMonth.of(2026, 3))).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            List<String> leaves = log.entries(0, log.treeSize()).stream().map(LogEntry::leafText)
                    .filter(l -> l.contains("\"kind\":\"grievance-statistics\"") && l.contains("\"month\":\"2026-03\"")).toList();
            assertThat(leaves).hasSize(1);
            assertThat(leaves.get(0)).contains("\"total\":15", "\"medianResolutionHours\":72", "{\"count\":null,\"key\":\"other\"}",
                    "{\"count\":7,\"key\":\"detention\"}");
        });
    }

    private static String complaint(String category, String place, String agreement) {
        return "{\"category\": \"" + category + "\", \"place\": \"" + place + "\", \"agreement\": \"" + agreement
                + "\", \"description\": \"statistics\"}";
    }
}
