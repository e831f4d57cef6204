package se.linkoping.samverkan.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * A node in a JVM of its own, started from this JVM's classpath as {@code java -jar} starts the packaged
 * application: its own static engine registry (so it is Camunda's engine "default", as in production) and
 * its own engine clock. Its output goes to {@code target/two-nodes/<name>.log}. It can be killed, as a
 * machine that fails: nothing is written on the way out.
 */
final class SeparateProcessNode implements ApplicationNode {

    /** How long a start may take on a busy build machine before the test gives up (not a measurement). */
    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private SeparateProcessNode(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a node on a free port; returns when it reports itself ready for requests. */
    static SeparateProcessNode start(String name, List<String> settings) {
        try {
            int port = freePort();
            Path log = Path.of("target", "two-nodes", name + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.timezone=Europe/Stockholm", "-Duser.language=sv", "-Duser.country=SE",
                    // starts sooner on a small machine; the node is not measured
                    "-XX:TieredStopAtLevel=1",
                    "-cp", classPath(),
                    SamverkanApplication.class.getName()));
            command.addAll(settings);
            command.add("--server.port=" + port);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            SeparateProcessNode node = new SeparateProcessNode(name, process, port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            node.awaitReady();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the node's JVM (SIGKILL): no shutdown, nothing written on the way out, as when a machine fails. */
    @Override
    public void stop() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Polls the readiness probe until the node answers UP, or fails with the end of its log. */
    private void awaitReady() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting:\n" + logTail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the web server is not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        stop();
        throw new IllegalStateException(name + " was not ready within " + START_LIMIT + ":\n" + logTail());
    }

    private String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    /**
     * This JVM's class path without empty entries: surefire's ends with a separator, an entry that Java reads
     * as the working directory, where {@code bpmn/} and {@code forms/} would be found a second time.
     */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
