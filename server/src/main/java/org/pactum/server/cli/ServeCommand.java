package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.PactumApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code pactum serve}: runs Pactum on http://localhost:8080 (or {@code --server.port=N}). */
@Command(name = "serve", description = "Run the Pactum web service and JSON API (default port 8080).")
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    @Parameters(arity = "0..*", paramLabel = "SPRING_OPTION",
            description = "Spring Boot options such as --server.port=9090")
    private String[] springOptions = new String[0];

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        serving = true;
        SpringApplication.run(PactumApplication.class, springOptions);
        return 0;
    }
}
