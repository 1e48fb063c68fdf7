package org.pactum.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.core.register.RegisterKeys;
import org.pactum.server.PactumApplication;
import org.pactum.server.testing.IntegrationTest;
import org.pactum.server.testing.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of Pactum starting at the same moment on a new PostgreSQL database both come up, and the
 * first start's work (reference data, accounts, the register's first entries) is done once, not
 * twice. Runs on PostgreSQL only: an embedded H2 database belongs to one process.
 */
class FirstStartTogetherIT {

    @TempDir
    Path home;

    @Test
    void twoNodesStartingTogetherBothStartAndLoadEverythingOnce() throws Exception {
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "two nodes share a database server only on PostgreSQL");
        TestDatabase.assumeAvailable();
        String url = TestDatabase.freshPostgresDatabase("_twins");
        KeyPair key = RegisterKeys.generate(); // the nodes of one register sign with one key
        Path privateKey = Files.writeString(home.resolve("register.key"), RegisterKeys.privateKeyToBase64(key.getPrivate()));
        Path publicKey = Files.writeString(home.resolve("register.pub"), RegisterKeys.publicKeyToBase64(key.getPublic()));

        List<CompletableFuture<ConfigurableApplicationContext>> nodes = new ArrayList<>();
        for (String node : List.of("first", "second")) {
            Map<String, String> properties = Map.of(
                    "spring.datasource.url", url, "spring.datasource.username", TestDatabase.user(),
                    "spring.datasource.password", TestDatabase.password(), "server.port", "0",
                    "pactum.home", home.resolve(node).toString(), "pactum.demo.enabled", "true",
                    "pactum.admin.initial-password", IntegrationTest.PASSWORD,
                    "pactum.register.private-key-file", privateKey.toString(),
                    "pactum.register.public-key-file", publicKey.toString());
            // as command-line arguments, which outrank the application's own properties file
            String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            nodes.add(CompletableFuture.supplyAsync(() -> node().run(arguments)));
        }
        try {
            for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                assertThat(node.get(10, TimeUnit.MINUTES).isActive()).as("the node started").isTrue();
            }
            int datasets = bundledSeries() + 1; // every series of the catalogue, and the list of countries
            try (Connection connection = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
                assertThat(count(connection, "SELECT COUNT(*) FROM dataset_load")).isEqualTo(datasets);
                assertThat(count(connection, "SELECT COUNT(*) FROM register_entry WHERE kind = 'reference-edition'"))
                        .as("each edition published once").isEqualTo(datasets);
                assertThat(count(connection, "SELECT COUNT(*) FROM app_user"))
                        .as("the administrator and the six demo accounts, once").isEqualTo(7);
            }
        } finally {
            for (CompletableFuture<ConfigurableApplicationContext> node : nodes) {
                node.thenAccept(ConfigurableApplicationContext::close);
            }
        }
    }

    /**
     * A node of the application. Two nodes started at once in one JVM would both set up the logging
     * system, which is shared, and the second can find it half set up; the nodes here leave the
     * logging as the test JVM has it.
     */
    private static SpringApplicationBuilder node() {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(PactumApplication.class);
        builder.application().setListeners(builder.application().getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        return builder;
    }

    /** The number of series the bundled catalogue lists, read from the file the application ships. */
    private static int bundledSeries() throws Exception {
        try (InputStream in = FirstStartTogetherIT.class.getResourceAsStream("/reference/indicators.csv")) {
            return (int) new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).count();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
