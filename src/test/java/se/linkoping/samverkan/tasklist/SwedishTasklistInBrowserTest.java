package se.linkoping.samverkan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.linkoping.samverkan.OnH2;

/**
 * Tasklist in a real browser set to Swedish shows no English: the whole application on H2 with the demo
 * users, and {@code browser-tests/swedish-tasklist.mjs} driving Debian's Chromium through playwright-core
 * as an EST member and an administrator would use it (login, task list, task view, start dialog, filter
 * dialog). The script also runs the same steps in an English browser and fails unless the check finds
 * English there, so that a check that cannot see English does not pass. Screenshots of every screen go
 * to {@code target/browser-screenshots/}.
 *
 * <p>Runs only with {@code -Pbrowser-tests} (as {@code .ci/run} does), in a JVM of its own, and needs
 * {@code npm ci} and {@code /usr/bin/chromium}.
 */
@OnH2
class SwedishTasklistInBrowserTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path SCRIPT = PROJECT.resolve("browser-tests/swedish-tasklist.mjs");
    static final Path SCREENSHOTS = PROJECT.resolve("target/browser-screenshots");
    static final long TIMEOUT_MINUTES = 5;

    @LocalServerPort
    int port;

    @Test
    void aSwedishBrowserSeesNoEnglishInTasklist() throws Exception {
        assertThat(PROJECT.resolve("node_modules/playwright-core")).as("playwright-core: run npm ci first").exists();
        assertThat(Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium")))
                .as("Chromium: apt-get install -y chromium").exists();
        Files.createDirectories(SCREENSHOTS);

        // 127.0.0.1, not localhost: the demo listens on IPv4 loopback only, and Node may try ::1 first
        Process node = new ProcessBuilder("node", SCRIPT.toString(), "http://127.0.0.1:" + port, SCREENSHOTS.toString())
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> copy(node, output), "browser-test-output");
        reader.start();

        boolean finished = node.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));

        assertThat(finished).as("browser test finished within %d minutes:%n%s", TIMEOUT_MINUTES, output).isTrue();
        assertThat(node.exitValue()).as("%s%n%s", SCRIPT, output).isZero();
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
