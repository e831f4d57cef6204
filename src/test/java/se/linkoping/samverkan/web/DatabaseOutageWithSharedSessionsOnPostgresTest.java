package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.web.FaultScenarios.assertClean;
import static se.linkoping.samverkan.web.FaultScenarios.json;
import static se.linkoping.samverkan.web.FaultScenarios.newReport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnPostgres;
import se.linkoping.samverkan.support.RestartablePostgres;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * PostgreSQL stopped — as an operator stops it, and by a crash — while the HTTP sessions are in the database
 * (profile {@code shared-sessions}, Spring Session JDBC, as two or more nodes run): a signed-in user's pages and
 * Camunda's webapp API, and the Basic-authenticated APIs, are answered 503 with {@code Retry-After} and a Swedish
 * message — never a broken connection, a 500, SQL or a class name, however early the session is read or however late
 * it is stored, and with the security headers of every answer. After the restart the signed-in user goes on in the same session.
 */
@OnPostgres
@ActiveProfiles({"postgres", "demo", "shared-sessions"})
class DatabaseOutageWithSharedSessionsOnPostgresTest extends Scenario {

    @Autowired
    RestartablePostgres postgres;

    @AfterEach
    void databaseUpAgain() throws IOException {
        postgres.restart();
    }

    @Test
    void whileTheDatabaseIsDownSignedInPagesAndApisAre503InSwedishAndTheSessionSurvives() throws Exception {
        Browser signedIn = browser().withCookies(WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist")
                .cookies());
        assertThat(jdbc.sql("select count(*) from samverkan.spring_session").query(Long.class).single())
                .as("the session is in the database").isPositive();
        assertSignedIn(signedIn);

        postgres.stop();
        assertAllUnavailable(signedIn, "while stopped");
        postgres.restart();
        assertSignedIn(signedIn);

        postgres.crash();
        assertAllUnavailable(signedIn, "after the crash");
        postgres.restart();
        assertSignedIn(signedIn);
        assertThat(browser().as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports",
                json(newReport("skadegorelse"))).statusCode()).as("the API works again").isEqualTo(201);
    }

    /** Every kind of request a signed-in user and a partner make, each answered 503 in Swedish. */
    private void assertAllUnavailable(Browser signedIn, String when) {
        Map<String, Function<Browser, HttpResponse<String>>> requests = new LinkedHashMap<>();
        requests.put("dashboard page", browser -> browser.get("/lagesbild"));
        requests.put("audit page", browser -> browser.get("/granskning"));
        requests.put("Tasklist's tasks", browser -> browser.get("/camunda/api/engine/engine/default/task?maxResults=5"));
        requests.put("who is signed in", browser -> browser.get("/camunda/api/admin/auth/user/default"));
        requests.put("way around", browser -> browser.get("/sidor.json"));
        List<String> checked = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            requests.forEach((what, request) -> {
                assertUnavailable(what + " " + when, request.apply(signedIn));
                checked.add(what);
            });
            assertUnavailable("dashboard data " + when, browser().as(DemoLogins.ADMIN).get("/api/picture/dashboard"));
            assertUnavailable("report " + when, browser().as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports",
                    json(newReport("skadegorelse"))));
            assertUnavailable("engine tasks " + when, browser().as(DemoLogins.EST_POLICE)
                    .get("/engine-rest/task?maxResults=5"));
        }
        assertThat(checked).hasSize(2 * requests.size());
    }

    private static void assertUnavailable(String what, HttpResponse<String> answer) {
        assertClean(answer);
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).as(what)
                .contains(String.valueOf(Faults.RETRY_AFTER_SECONDS));
        assertThat(answer.body()).as(what).contains("Försök igen");
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(what + ": security headers").contains("DENY");
        assertThat(answer.headers().firstValue("Cache-Control")).as(what + ": nothing cached").contains("no-store");
    }

    /** The user is still signed in, in the same session: their pages and Tasklist's data answer. */
    private static void assertSignedIn(Browser signedIn) {
        HttpResponse<String> page = signedIn.get("/lagesbild");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("Inloggad som");
        HttpResponse<String> who = signedIn.get("/camunda/api/admin/auth/user/default");
        assertThat(who.statusCode()).as(who.body()).isEqualTo(200);
        assertThat(who.body()).contains(DemoLogins.EST_POLICE);
        assertThat(signedIn.get("/camunda/api/engine/engine/default/task?maxResults=5").statusCode()).isEqualTo(200);
    }

    private Browser browser() {
        return Browser.at(http.getRootUri());
    }
}
