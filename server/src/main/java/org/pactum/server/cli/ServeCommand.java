package org.pactum.server.cli;

import java.util.concurrent.Callable;
import org.pactum.server.PactumApplication;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import java.util.ArrayList;
import java.util.List;

/** {@code pactum serve}: runs Pactum on http://localhost:8080 (or {@code --server.port=N}). */
@Command(name = "serve", description = {"Run the Pactum web service and JSON API (default port 8080).",
    "Spring Boot options are passed on, e.g. --server.port=9090."})
class ServeCommand implements Callable<Integer> {

    private static volatile boolean serving;

    /** Options passed on to Spring Boot unchanged, such as {@code --server.port=9090}. */
    @picocli.CommandLine.Unmatched
    List<String> springOptions = new ArrayList<>();

    static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        serving = true;
        SpringApplication.run(PactumApplication.class, springOptions.toArray(String[]::new));
        return 0;
    }
}
