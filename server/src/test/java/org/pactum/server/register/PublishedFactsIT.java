package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The facts other capabilities announce reach the register through the event outbox: the demo's
 * published agreements and every tranche decision on a published agreement, with its outcome.
 */
class PublishedFactsIT extends IntegrationTest {

    @Autowired
    PublicRegister register;

    @Autowired
    RegisterLog log;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedAgreementsAndTrancheDecisionsAreInTheLog() {
        List<String> decisions = jdbc.sql("SELECT d.outcome FROM finance_decision d JOIN finance_instrument i ON i.id = d.instrument_id "
                + "JOIN agreement a ON a.id = i.agreement_id WHERE a.published").query(String.class).list();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            register.integrate();
            List<String> leaves = log.entries(0, log.treeSize()).stream().map(LogEntry::leafText).toList();
            assertThat(leaves).anyMatch(l -> l.contains("\"kind\":\"agreement-published\"")
                    && l.contains("\"agreement\":\"DEMO-EU-TUR-2016\""));
            for (String outcome : decisions) {
                assertThat(leaves).anyMatch(l -> l.contains("\"kind\":\"tranche-decision\"")
                        && l.contains("\"outcome\":\"" + outcome + "\""));
            }
            assertThat(leaves.stream().filter(l -> l.contains("\"kind\":\"tranche-decision\"")).count())
                    .isGreaterThanOrEqualTo(decisions.size());
        });
        assertThat(decisions).as("the demo financing decides the tranches of its published agreements").isNotEmpty();
    }
}
