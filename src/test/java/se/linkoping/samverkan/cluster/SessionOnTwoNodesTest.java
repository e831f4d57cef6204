package se.linkoping.samverkan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import se.linkoping.samverkan.support.DemoLogins;

/**
 * Two nodes on one PostgreSQL, behind a proxy without sticky sessions: a user signed in to Tasklist on node
 * A goes on working on node B when A fails. The sessions live in the database (Spring Session JDBC), with
 * what Camunda's webapps keep in them — the signed-in user with groups and apps, the CSRF token — serialised.
 * Node A runs in a JVM of its own and is killed (nothing written on the way out); node B runs in this one.
 * Both are Camunda's engine "default", as in production.
 */
class SessionOnTwoNodesTest {

    private static final String TASKLIST_USER = "/camunda/api/admin/auth/user/default";
    private static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private static EmbeddedPostgres postgres;
    private static InProcessNode nodeB;
    private static SeparateProcessNode nodeA;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startTwoNodes() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        // one after the other: the first creates the schema (docker-compose starts the second when the first is healthy)
        nodeB = InProcessNode.start("node-b", ApplicationNode.settings(postgres, "default", "node-b"));
        nodeA = SeparateProcessNode.start("node-a", ApplicationNode.settings(postgres, "default", "node-a"));
    }

    @AfterAll
    static void stopEverything() throws IOException {
        if (nodeA != null) {
            nodeA.stop();
        }
        if (nodeB != null) {
            nodeB.stop();
        }
        postgres.close();
    }

    @Test
    void aUserSignedInToTasklistKeepsTheSessionWhenTheirNodeFails() throws IOException {
        Browser browser = new Browser();
        signIn(browser, nodeA, DemoLogins.EST_POLICE);
        assertThat(signedIn(browser, nodeA)).isEqualTo(DemoLogins.EST_POLICE);
        String session = browser.cookie("SESSION").orElseThrow();
        // what the webapps keep in the session is in the database, serialised
        assertThat(nodeB.jdbc().sql("""
                        select a.attribute_name from samverkan.spring_session_attributes a
                        join samverkan.spring_session s on s.primary_id = a.session_primary_id""")
                .query(String.class).list()).contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");

        nodeA.stop();
        assertThat(nodeA.isAlive()).isFalse();

        // the same browser, the same cookies, now on node B: still signed in, with groups and apps
        HttpResponse<String> user = browser.get(nodeB, TASKLIST_USER);
        assertThat(user.statusCode()).isEqualTo(200);
        JsonNode signedIn = json.readTree(user.body());
        assertThat(signedIn.get("userId").asText()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(signedIn.get("authorizedApps").toString()).contains("tasklist");
        // Tasklist's first calls: the user's filters, then a filter's tasks (a POST: the CSRF token from the session)
        HttpResponse<String> filters = browser.get(nodeB, ENGINE_API + "/filter?resourceType=Task&itemCount=true");
        assertThat(filters.statusCode()).isEqualTo(200);
        JsonNode filterList = json.readTree(filters.body());
        assertThat(filterList.size()).isPositive();
        HttpResponse<String> tasks = browser.postJson(nodeB, ENGINE_API + "/filter/" + filterList.get(0).get("id")
                .asText() + "/list?firstResult=0&maxResults=15", "{}");
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        // and Samverkan's own pages, which read who is signed in from the same session
        assertThat(browser.get(nodeB, "/lagesbild").statusCode()).isEqualTo(200);
        assertThat(browser.cookie("SESSION")).contains(session);

        // signing out on B ends the session for every node: the old cookie signs nobody in, and no session in the
        // database holds the user any more
        assertThat(browser.postJson(nodeB, TASKLIST_USER + "/logout", "{}").statusCode()).isEqualTo(200);
        assertThat(signedIn(browser, nodeB)).isNull();
        Browser replay = new Browser();
        replay.setCookie("SESSION", session);
        assertThat(signedIn(replay, nodeB)).isNull();
        assertThat(nodeB.jdbc().sql("""
                        select count(*) from samverkan.spring_session_attributes
                        where position(convert_to(:user, 'UTF8') in attribute_bytes) > 0""")
                .param("user", DemoLogins.EST_POLICE).query(Long.class).single()).isZero();
    }

    @Test
    void aSessionNoNodeIssuedSignsNobodyIn() {
        Browser stranger = new Browser();
        stranger.setCookie("SESSION", "ZjAzZjU0YjMtMGQ5Mi00ZDBjLWI2ZWYtYzVkYzQ4ZDBiNDQx");

        assertThat(signedIn(stranger, nodeB)).isNull();
        assertThat(stranger.get(nodeB, ENGINE_API + "/filter?resourceType=Task").statusCode()).isEqualTo(401);
    }

    /** Signs in on Tasklist's login page of a node, as the browser does: the page first, for the CSRF cookie. */
    private static void signIn(Browser browser, ApplicationNode node, String user) {
        assertThat(browser.get(node, "/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> login = browser.postForm(node, "/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", user, "password", DemoLogins.PASSWORD));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    }

    /** Who Camunda's webapps on a node say is signed in with this browser's cookies, or null. */
    private String signedIn(Browser browser, ApplicationNode node) {
        HttpResponse<String> response = browser.get(node, TASKLIST_USER);
        if (response.statusCode() != 200) {
            return null;
        }
        try {
            JsonNode user = json.readTree(response.body());
            return user.hasNonNull("userId") ? user.get("userId").asText() : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
