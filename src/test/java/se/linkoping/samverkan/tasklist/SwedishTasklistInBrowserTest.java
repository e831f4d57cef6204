package se.linkoping.samverkan.tasklist;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.OnH2;

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

    @LocalServerPort
    int port;

    @Test
    void aSwedishBrowserSeesNoEnglishInTasklist() throws Exception {
        BrowserScript.run("browser-tests/swedish-tasklist.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 5);
    }
}
