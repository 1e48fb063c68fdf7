package org.pactum.server.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactum.server.testing.Members.ADMIN;
import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.server.register.PublicRegister;
import org.pactum.server.testing.IntegrationTest;
import org.pactum.server.warning.internal.DailyRuleCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily check of the surge rules, invoked as the scheduler would: a rule that any forecast fires
 * raises one alert on the forecast, published in the public register and audited as the system; the
 * next day's check on the same data raises nothing again. The schedule itself is off in tests.
 */
class SurgeRuleCheckIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DailyRuleCheck check;

    @Autowired
    PublicRegister register;

    @Autowired
    JdbcClient jdbc;

    @Value("${pactum.warning.rule-check-cron}")
    String cron;

    @Test
    void theDailyCheckRaisesAnAlertOnTheForecastOnce() throws Exception {
        assertThat(cron).isEqualTo("-");
        mvc.perform(post("/api/v1/early-warning/surge-rules").with(as(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "daily-wb-any", "series": "frontex:western-balkan", "kind": "UPPER_BOUND",
                                 "threshold": 1, "horizon": 3}"""))
                .andExpect(status().isCreated());

        List<SurgeAlert> first = check.run().stream().filter(a -> a.ruleId().equals("daily-wb-any")).toList();
        assertThat(first).hasSize(1);
        SurgeAlert alert = first.get(0);
        assertThat(alert.basis()).isEqualTo(SurgeWatch.FORECAST);
        assertThat(alert.fromScenario()).isFalse();
        assertThat(alert.raisedBy()).isEqualTo("system:surge-rule-check");
        assertThat(register.alreadyPublished(List.of(alert.registerSubject()))).containsExactly(alert.registerSubject());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE action = 'raise-surge-alert' AND subject = ?")
                .param(alert.registerSubject()).query(Long.class).single()).isEqualTo(1);

        assertThat(check.run()).noneMatch(a -> a.ruleId().equals("daily-wb-any"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM warning_alert WHERE rule_id = 'daily-wb-any'").query(Long.class).single()).isEqualTo(1);
    }
}
