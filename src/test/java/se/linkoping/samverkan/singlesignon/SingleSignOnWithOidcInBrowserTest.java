package se.linkoping.samverkan.singlesignon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.linkoping.samverkan.support.BrowserScript;

/**
 * Single sign-on in a real browser ({@code browser-tests/single-sign-on.mjs}, Debian's Chromium through
 * playwright-core) against the provider the test starts, with its login page: sign in through the provider, land in
 * Tasklist on the group's filters, sign out through the provider, refused without a Samverkan group. Screenshots go
 * to {@code target/browser-screenshots/}. Runs only with {@code -Pbrowser-tests}, in a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:samverkan-oidc-browser;DB_CLOSE_DELAY=-1",
                "camunda.bpm.job-execution.enabled=false",
                "samverkan.admin.user-id=partner.admin", "samverkan.admin.password=Partnerns-Eget-Konto-2026",
                "samverkan.identity.groups.est=SG-Samverkan-EST"})
@ActiveProfiles({"h2", "oidc"})
class SingleSignOnWithOidcInBrowserTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry settings) {
        settings.add("samverkan.oidc.issuer-uri", () -> ProviderForTests.issuerUri(true));
        settings.add("samverkan.oidc.client-id", () -> ProviderForTests.CLIENT_ID);
        settings.add("samverkan.oidc.client-secret", () -> ProviderForTests.CLIENT_SECRET);
        settings.add("samverkan.oidc.user-id-domains", () -> "linkoping.se");
    }

    @Test
    void staffSignInThroughTheProvidersPageLandOnTheirFiltersAndSignOutThroughIt() throws Exception {
        // Tasklist's plugin comes from Camunda's API servlet, which starts on its first request: on a busy machine
        // that first start can outlast Tasklist's wait for the plugin (without the profile, the login page asks first)
        HttpResponse<String> plugin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plugin.statusCode()).isEqualTo(200);
        BrowserScript.run("browser-tests/single-sign-on.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots"), 4);
    }
}
