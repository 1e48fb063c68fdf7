package org.pactum.server.cli;

import java.util.List;
import org.pactum.server.PactumApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs batch work against the database Pactum uses, without the web server, acting as
 * {@code cli:<operating-system user>} with administrator rights (whoever can run the command can
 * reach the database anyway). Spring's own logging is kept to warnings, and the daily review is left to
 * the web service.
 */
final class Batch {

    interface Work {
        int run(ConfigurableApplicationContext context) throws Exception;
    }

    private Batch() {
    }

    static int run(Work work) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PactumApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.pactum=WARN", "logging.level.org.flywaydb=ERROR",
                        "pactum.monitoring.catch-up-on-start=false").run()) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "cli:" + System.getProperty("user.name"), null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            try {
                return work.run(context);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
