package se.linkoping.samverkan.demo;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import se.linkoping.samverkan.support.BrowserScript;

/**
 * The demo as its users open it, in a real browser ({@code browser-tests/demo-users.mjs}): after the simulated
 * quarter each named person of the staff lands in Tasklist on their own work, and the auditor finds Granskning.
 * In a JVM of its own (surefire execution {@code demo-browser-tests}, profile {@code browser-tests}): the simulated
 * demo's application must not share Camunda's static engine registry with the other browser tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:samverkan-demo-users;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false",
                "samverkan.demo.simulate=true"})
@ActiveProfiles({"h2", "demo"})
class DemoUsersWithDemoInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void eachDemoUserLandsOnTheirOwnWork() throws Exception {
        BrowserScript.run("browser-tests/demo-users.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 6);
    }
}
