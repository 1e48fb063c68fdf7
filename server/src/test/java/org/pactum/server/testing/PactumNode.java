package org.pactum.server.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.pactum.server.cli.PactumCli;

/**
 * A node of Pactum in a JVM of its own, as an operator runs it ({@code pactum serve}): the
 * application's classes and libraries, without the tests', on the database and port given. A test
 * can kill it with SIGKILL, as a power cut or the kernel's out-of-memory killer would, and start it
 * again on the same database and home folder. What the node prints goes to a log file in its home.
 */
public final class PactumNode implements AutoCloseable {

    /** What the node prints once its first-start work is done and it serves (see {@code ServeCommand}). */
    private static final String SERVING = "Pactum is running on";

    private final String name;
    private final Path home;
    private final Map<String, String> properties;
    private final int port;
    private final List<Path> logs = new ArrayList<>();
    private Process process;

    private PactumNode(String name, Path home, Map<String, String> properties, int port) {
        this.name = name;
        this.home = home;
        this.properties = properties;
        this.port = port;
    }

    /**
     * Starts a node and waits until it serves.
     *
     * @param properties Spring properties of the node, passed as command-line options (they outrank
     *                   the application's own file), e.g. the database URL and the register's key files
     */
    public static PactumNode start(String name, Path home, Map<String, String> properties, Duration timeout)
            throws IOException, InterruptedException {
        PactumNode node = new PactumNode(name, home, new LinkedHashMap<>(properties), freePort());
        node.launch(timeout);
        return node;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Kills the node's JVM with SIGKILL: no shutdown hook runs, no transaction is finished, nothing is flushed. */
    public void kill() throws InterruptedException {
        // on Linux, destroyForcibly sends SIGKILL to this process (and only to it)
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " did not die after SIGKILL");
        }
    }

    /** Starts the node again on the same database, home folder and port, and waits until it serves. */
    public void restart(Duration timeout) throws IOException, InterruptedException {
        if (isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch(timeout);
    }

    /** Stops the node as {@code Ctrl+C} would (SIGTERM), waiting for it to end. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    /** The last lines the node printed, for a failure message. */
    public String tail() {
        if (logs.isEmpty()) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(logs.get(logs.size() - 1), StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream()
                    .map(l -> l.length() > 400 ? l.substring(0, 400) : l).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private void launch(Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path log = home.resolve(name + "-" + (logs.size() + 1) + ".log");
        logs.add(log);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:+UseSerialGC", "-cp", applicationClassPath(), PactumCli.class.getName(), "serve",
                "--server.port=" + port, "--server.address=127.0.0.1", "--pactum.home=" + home));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            if (Files.readString(log, StandardCharsets.ISO_8859_1).contains(SERVING) && answers(http)) {
                return;
            }
            Thread.sleep(250);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException(name + " did not serve within " + timeout + ":\n" + tail());
    }

    private boolean answers(HttpClient http) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v1/log/tree-head")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The class path the application runs on: Maven's test class path (Surefire and Failsafe name it
     * in {@code surefire.test.class.path}) without the test classes themselves, so that no test
     * component is found by the node's component scan.
     */
    private static String applicationClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
