package org.pactum.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.testing.Members.ALLOCATION_OFFICER_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pactum.server.allocation.internal.Retention;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Households are deleted once the retention period (180 days by default) has passed since their
 * upload; the run and its totals per destination stay, and a newer run is untouched.
 */
class AllocationRetentionIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Retention retention;

    @Test
    void householdsAreDeletedAfterTheRetentionPeriodAndTheTotalsStay() throws Exception {
        long old = Cases.runToCompletion(mvc, json, "greedy");
        long recent = Cases.runToCompletion(mvc, json, "greedy");
        Instant now = Instant.now();
        // the first run was uploaded 181 days ago, the second 179 days ago
        jdbc.sql("UPDATE allocation_run SET created_at = ? WHERE id = ?").params(Timestamp.from(now.minus(Duration.ofDays(181))), old).update();
        jdbc.sql("UPDATE allocation_run SET created_at = ? WHERE id = ?").params(Timestamp.from(now.minus(Duration.ofDays(179))), recent).update();

        int deleted = retention.purge(now);

        assertThat(deleted).isGreaterThanOrEqualTo(10);
        assertThat(cases(old)).isZero();
        assertThat(cases(recent)).isEqualTo(10);
        assertThat(jdbc.sql("SELECT cases_deleted_at FROM allocation_run WHERE id = ?").param(old).query(Timestamp.class).single()).isNotNull();
        // the summary and the totals per destination remain: 25 persons placed in all
        mvc.perform(get("/api/v1/allocation/runs/" + old).with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.casesDeletedAt").isNotEmpty());
        long persons = jdbc.sql("SELECT SUM(placed_persons) FROM allocation_destination WHERE run_id = ?").param(old).query(Long.class).single();
        assertThat(persons).isEqualTo(25);
        mvc.perform(get("/api/v1/allocation/runs/" + old + "/placements").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("retention period")));
        mvc.perform(get("/api/v1/allocation/runs/" + recent + "/placements").with(as(ALLOCATION_OFFICER_DEU))).andExpect(status().isOk());
        // a second pass finds nothing more to delete for these runs
        retention.purge(now);
        assertThat(cases(recent)).isEqualTo(10);
    }

    private long cases(long run) {
        return jdbc.sql("SELECT COUNT(*) FROM allocation_case WHERE run_id = ?").param(run).query(Long.class).single();
    }
}
