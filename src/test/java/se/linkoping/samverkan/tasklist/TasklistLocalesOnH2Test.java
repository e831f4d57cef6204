package se.linkoping.samverkan.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;

/**
 * The running application serves Tasklist's Swedish texts, the configuration that offers them and the
 * project's script and styles, where the browser asks for them (before login, as the login page needs
 * them); English is still served.
 * Needs no data: it reads static resources only.
 */
@OnH2
class TasklistLocalesOnH2Test {

    static final String TASKLIST = "/camunda/app/tasklist/";

    @Autowired
    TestRestTemplate http;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void swedishTextsAreServedAsTheProjectWroteThem() throws Exception {
        ResponseEntity<String> served = RestClient.anonymous(http).getText(TASKLIST + "locales/sv.json?bust=7.24.0");

        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode swedish = json.readTree(served.getBody());
        assertThat(swedish).isEqualTo(json.readTree(
                SwedishTasklistTest.projectResource(SwedishTasklistTest.TASKLIST + "locales/sv.json")));
        assertThat(swedish.at("/labels/START_PROCESS").asText()).isEqualTo("Starta process");
    }

    @Test
    void englishTextsAreStillServed() throws Exception {
        ResponseEntity<String> served = RestClient.anonymous(http).getText(TASKLIST + "locales/en.json");

        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(served.getBody().replace("\uFEFF", "")).at("/labels/START_PROCESS").asText())
                .isEqualTo("Start process");
    }

    @Test
    void theServedConfigurationIsTheProjectsAndOffersSwedish() throws Exception {
        ResponseEntity<String> served = RestClient.anonymous(http).getText(TASKLIST + "scripts/config.js?bust=7.24.0");

        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getBody())
                .isEqualTo(SwedishTasklistTest.projectResource(SwedishTasklistTest.TASKLIST + "scripts/config.js"))
                .contains("availableLocales: ['en', 'sv']");
        assertThat(served.getHeaders().getContentType()).hasToString("text/javascript;charset=UTF-8");
    }

    @Test
    void theScriptsAndTheStylesAreTheProjects() throws Exception {
        for (String file : new String[] {"scripts/samverkan-dates.js", "scripts/samverkan-texts.js",
                "scripts/samverkan-refusals.js", "scripts/samverkan-sign-out.js", "styles/user-styles.css"}) {
            ResponseEntity<String> served = RestClient.anonymous(http).getText(TASKLIST + file + "?bust=7.24.0");

            assertThat(served.getStatusCode()).as(file).isEqualTo(HttpStatus.OK);
            assertThat(served.getBody()).as(file)
                    .isEqualTo(SwedishTasklistTest.projectResource(SwedishTasklistTest.TASKLIST + file));
        }
    }
}
