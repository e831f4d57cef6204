package se.linkoping.samverkan.navigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The way around as each role meets it: {@code /} leads to Tasklist; {@code /sidor.json} (read by Tasklist's and
 * Cockpit's headers) and the pages' header list exactly the pages a person may open, and every listed page
 * opens while every other one is refused, so no link ends in a refusal.
 */
@OnH2
class WayAroundOnH2Test extends Scenario {

    /** Samverkan's pages, by the name their links carry. */
    private static final Map<String, String> PAGES = Map.of("Lägesbild", "/lagesbild", "Granskning", "/granskning",
            "Mötesrytm", "/granskning/motesrytm", "Årsrapport", "/arsrapport", "Medborgarlöfte", "/medborgarlofte",
            "Referensdata", "/referensdata");

    private final ObjectMapper json = new ObjectMapper();

    static List<Object[]> people() {
        return List.of(
                new Object[] {DemoLogins.EST_POLICE, "tasklist", "Anna Lindqvist",
                        List.of("Tasklist", "Lägesbild", "Medborgarlöfte"), false},
                new Object[] {DemoLogins.DEPARTMENT_HEAD, "tasklist", "Johan Berg",
                        List.of("Tasklist", "Lägesbild", "Årsrapport", "Medborgarlöfte"), false},
                new Object[] {DemoLogins.DISTRICT_COORDINATOR, "tasklist", "Sara Nilsson",
                        List.of("Tasklist", "Medborgarlöfte"), false},
                new Object[] {DemoLogins.AUDITOR, "cockpit", "Karin Wall",
                        List.of("Granskning", "Mötesrytm", "Årsrapport", "Medborgarlöfte", "Cockpit"), false},
                new Object[] {DemoLogins.PROCESS_OWNER, "cockpit", "Peter Lund",
                        List.of("Medborgarlöfte", "Cockpit"), false},
                new Object[] {DemoLogins.ADMIN, "tasklist", null, List.of("Tasklist", "Lägesbild", "Granskning",
                        "Mötesrytm", "Årsrapport", "Medborgarlöfte", "Referensdata", "Cockpit", "Admin"), true});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void eachPersonIsLedToThePagesTheyMayOpenAndNoOthers(String user, String app, String name, List<String> links,
                                                         boolean mayCreateTasks) throws Exception {
        WebappSession browser = WebappSession.signIn(http, user, app);

        JsonNode way = json.readTree(browser.get("/sidor.json").getBody());
        assertThat(way.get("signedIn").asBoolean()).isTrue();
        if (name != null) {
            assertThat(way.get("name").asText()).isEqualTo(name);
        }
        assertThat(way.get("links").findValuesAsText("name")).containsExactlyElementsOf(links);
        assertThat(way.get("mayCreateTasks").asBoolean()).isEqualTo(mayCreateTasks);

        for (Map.Entry<String, String> page : PAGES.entrySet()) {
            ResponseEntity<String> opened = browser.get(page.getValue());
            if (links.contains(page.getKey())) {
                assertThat(opened.getStatusCode()).as("%s opens %s", user, page.getValue()).isEqualTo(HttpStatus.OK);
            } else {
                assertThat(opened.getStatusCode()).as("%s is refused %s", user, page.getValue())
                        .isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        // the pages' own header lists the same links
        if (links.contains("Medborgarlöfte") && links.size() > 2) {
            String page = browser.get(PAGES.get(links.stream().filter(PAGES::containsKey).findFirst().orElseThrow()))
                    .getBody();
            for (String link : links) {
                assertThat(page).contains(">" + link + "</a>");
            }
            PAGES.keySet().stream().filter(p -> !links.contains(p))
                    .forEach(p -> assertThat(page).doesNotContain(">" + p + "</a>"));
        }
    }

    @Test
    void nobodySignedInIsLedToSignInAndThePublicPage() throws Exception {
        JsonNode way = json.readTree(http.getForEntity("/sidor.json", String.class).getBody());

        assertThat(way.get("signedIn").asBoolean()).isFalse();
        assertThat(way.get("links").findValuesAsText("name")).containsExactly("Logga in", "Medborgarlöfte");
        assertThat(way.get("mayCreateTasks").asBoolean()).isFalse();
    }

    @Test
    void theStartLeadsToTasklistNotToCamundasWelcomePage() {
        ResponseEntity<String> start = http.getForEntity("/", String.class);

        if (start.getStatusCode().is3xxRedirection()) {
            assertThat(start.getHeaders().getFirst(HttpHeaders.LOCATION)).endsWith("/camunda/app/tasklist/");
        } else {
            // the client followed the redirects: Tasklist's page, not Camunda's welcome page
            assertThat(start.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(start.getBody()).contains("camunda-tasklist-bootstrap").doesNotContain("camunda-welcome");
        }
    }
}
