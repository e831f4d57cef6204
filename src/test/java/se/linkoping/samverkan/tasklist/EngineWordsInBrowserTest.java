package se.linkoping.samverkan.tasklist;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.OnH2;

/**
 * Refusals in Tasklist read as the Swedish reason alone ({@code browser-tests/engine-words.mjs}, Debian's Chromium
 * through playwright-core): a start form the server refuses, and a required field left empty. Screenshots go to
 * {@code target/browser-screenshots/}. Runs only with {@code -Pbrowser-tests}.
 */
@OnH2
class EngineWordsInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aRefusalShowsTheSwedishReasonAlone() throws Exception {
        BrowserScript.run("browser-tests/engine-words.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 4);
    }
}
