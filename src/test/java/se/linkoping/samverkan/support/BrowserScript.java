package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code browser-tests/} with Node (playwright-core driving Debian's Chromium) against
 * the application a test started, and fails with the script's output unless it ends well within the
 * time given. Its output is shown as it comes, prefixed with {@code [browser]}.
 */
public final class BrowserScript {

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private BrowserScript() {
    }

    /**
     * @param script     the script, relative to the project
     * @param port       the application's port
     * @param screenshots where the script puts its screenshots (created)
     * @param minutes    how long it may take
     * @param arguments  more arguments after base URL and screenshot folder
     */
    public static void run(String script, int port, Path screenshots, long minutes, String... arguments)
            throws IOException, InterruptedException {
        assertThat(PROJECT.resolve("node_modules/playwright-core")).as("playwright-core: run npm ci first").exists();
        assertThat(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .as("Chromium: apt-get install -y chromium").exists();
        Files.createDirectories(screenshots);

        // 127.0.0.1, not localhost: the demo listens on IPv4 loopback only, and Node may try ::1 first
        List<String> command = new ArrayList<>(List.of("node", PROJECT.resolve(script).toString(),
                "http://127.0.0.1:" + port, screenshots.toString()));
        command.addAll(List.of(arguments));
        Process node = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> copy(node, output), "browser-test-output");
        reader.start();

        boolean finished = node.waitFor(minutes, TimeUnit.MINUTES);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(finished).as("browser test finished within %d minutes:%n%s", minutes, output).isTrue();
        assertThat(node.exitValue()).as("%s%n%s", script, output).isZero();
    }

    /** The script's output, shown as it comes and kept for the failure message. */
    private static void copy(Process process, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[browser] " + line);
                synchronized (output) {
                    output.append(line).append(System.lineSeparator());
                }
            }
        } catch (IOException e) {
            output.append("(output lost: ").append(e).append(')');
        }
    }
}
