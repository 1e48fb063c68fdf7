package org.pactum.server.testing;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of every integration test: the whole application on a random port, with MockMvc, on the
 * database chosen by {@link TestDatabase}. All subclasses share one application context, so the
 * reference data is loaded once per database and run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestPropertySource(properties = {
    "pactum.admin.initial-password=" + IntegrationTest.PASSWORD,
    "pactum.demo.enabled=true",
    "pactum.home=target/pactum-home",
    "pactum.warning.rule-check-cron=-",
    "pactum.warning.global-model=routes",
    "spring.servlet.multipart.max-file-size=1MB",
    "spring.servlet.multipart.max-request-size=1MB"
})
public abstract class IntegrationTest {

    /** The password of the admin and demo accounts in tests. */
    public static final String PASSWORD = "correct-horse-battery-staple";

    @BeforeAll
    static void databaseAvailable() {
        TestDatabase.assumeAvailable();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }
}
