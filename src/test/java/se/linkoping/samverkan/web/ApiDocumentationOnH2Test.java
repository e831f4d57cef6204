package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * The partner API's description is the code's: {@code /v3/api-docs} equals the published {@code docs/openapi.json}
 * (on a change, the test writes the code's to {@code target/openapi.json}: read the difference, then copy it over),
 * covers Samverkan's {@code /api/*} and nothing of Camunda's, and, like Swagger UI, needs a login.
 */
@OnH2
class ApiDocumentationOnH2Test extends Scenario {

    private static final Path PUBLISHED = Path.of("docs/openapi.json");

    @Test
    void thePublishedDescriptionIsTheCodes() throws Exception {
        ResponseEntity<String> served = RestClient.as(http, DemoLogins.PARTNER_SYSTEM).getText("/v3/api-docs");
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        ObjectMapper json = new ObjectMapper();
        JsonNode code = json.readTree(served.getBody());

        assertThat(code.get("paths").properties()).extracting(entry -> entry.getKey())
                .allMatch(path -> path.startsWith("/api/"))
                .contains("/api/incident-reports", "/api/reference-data", "/api/audit/matters/{id}");
        assertThat(code.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        if (!code.equals(json.readTree(PUBLISHED.toFile()))) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/openapi.json"), served.getBody() + "\n");
        }
        assertThat(code).as("docs/openapi.json differs from the code: compare it with target/openapi.json and copy "
                + "that over it when the change is meant").isEqualTo(json.readTree(PUBLISHED.toFile()));
    }

    @Test
    void theDescriptionAndSwaggerUiNeedALogin() {
        assertThat(RestClient.anonymous(http).getText("/v3/api-docs").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.anonymous(http).getText("/swagger-ui/index.html").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> ui = RestClient.as(http, DemoLogins.EST_POLICE).getText("/swagger-ui/index.html");
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("swagger-ui");
    }
}
