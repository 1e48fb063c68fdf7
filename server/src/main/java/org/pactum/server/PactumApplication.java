package org.pactum.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Pactum: the platform on which states, international organisations and independent evaluators
 * negotiate, allocate and monitor migration burden-sharing and partnership agreements.
 *
 * <p>Started through the {@code pactum} command line ({@link org.pactum.server.cli.PactumCommand}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PactumApplication {
}
