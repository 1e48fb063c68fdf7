package org.pactum.server.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event delivered again after a crash (the registry marks it complete only after the listener's
 * transaction) publishes its fact once: a repeat of the latest fact about a record, waiting or in the
 * log, adds nothing, while a new fact about the same record (a changed pledge) is published, and so
 * is the old fact again once something else came after it.
 */
class PublishOnceIT extends IntegrationTest {

    @Autowired
    PublicRegister register;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepeatedFactIsPublishedOnceAndANewOneIsPublished() {
        String subject = "pool/publish-once-test/pledge/DEU";
        Map<String, Object> pledge = Map.of("state", "DEU", "relocations", 120);
        assertThat(register.publishOnce("pool-pledge", subject, pledge)).isTrue();
        assertThat(register.publishOnce("pool-pledge", subject, Map.of("relocations", 120, "state", "DEU")))
                .as("the same fact again, still waiting").isFalse();
        register.integrate();
        assertThat(register.publishOnce("pool-pledge", subject, pledge)).as("the same fact, now in the log").isFalse();
        assertThat(register.publishOnce("pool-pledge", subject, Map.of("state", "DEU", "relocations", 150)))
                .as("a changed pledge").isTrue();
        assertThat(register.publishOnce("pool-pledge-withdrawn", subject, pledge)).as("another kind").isTrue();
        assertThat(register.publishOnce("pool-pledge", subject, pledge)).as("the first pledge again, after others")
                .isTrue();
        register.integrate();
        long published = jdbc.sql("SELECT COUNT(*) FROM register_entry WHERE subject = ?").param(subject)
                .query(Long.class).single();
        assertThat(published).isEqualTo(4);
    }
}
