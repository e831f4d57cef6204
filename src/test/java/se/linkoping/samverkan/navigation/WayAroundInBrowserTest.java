package se.linkoping.samverkan.navigation;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.OnH2;

/**
 * The way around in a real browser ({@code browser-tests/way-around.mjs}, Debian's Chromium through
 * playwright-core): {@code /} to Tasklist, the header's links per role in Tasklist, on Samverkan's pages and in
 * Cockpit, the filter staff land on, and "Skapa uppgift" only for administrators. Screenshots go to
 * {@code target/browser-screenshots/}. Runs only with {@code -Pbrowser-tests}.
 */
@OnH2
class WayAroundInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachRoleFindsItsPagesAndLandsOnItsWork() throws Exception {
        BrowserScript.run("browser-tests/way-around.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 4);
    }
}
