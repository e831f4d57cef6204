package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.TestData;
import se.linkoping.samverkan.system.Swedish;

/**
 * EST's week and the auditors' pages in a real browser: {@code browser-tests/est-and-audit.mjs} driving
 * Debian's Chromium (sv-SE) against the whole application on H2 with the demo users. An EST member
 * assesses a violence report and completes the weekly analysis form in Tasklist; an auditor signed in to
 * Cockpit searches the audit pages, opens a matter's timeline and exports it as CSV and JSON; a
 * department head is refused the audit pages. A report description and a matter title holding
 * {@code <script>} and HTML are shown as text in Tasklist, on the pages and in the exports. Screenshots
 * go to {@code target/browser-screenshots/est-and-audit/}.
 *
 * <p>The data is prepared here with the engine and the tables, as the escalation and audit scenarios do,
 * with the engine clock real; the browser checks what people see, and this class then checks what the
 * engine and the tables kept. Runs only with {@code -Pbrowser-tests}.
 */
@OnH2
class EstAndAuditInBrowserTest extends Scenario {

    static final String SCRIPT_DESCRIPTION = "<script>window.__xss=1</script><b>fet</b> text";
    static final String SCRIPT_TITLE = "Oro vid <script>window.__xss=1</script><b>Bergaskolan</b>";

    @LocalServerPort
    int port;

    /** Emptied after it as well: the other browser test shares this application and finds nothing of this one. */
    @AfterEach
    void clean() {
        TestData.clear(jdbc, runtimeService);
    }

    @Test
    void estAnalysesTheWeekAnAuditorExportsATimelineAndADepartmentIsRefused() throws Exception {
        // last week, as EST's weekly cycle compiles it: violence in Berga, one report with a script and HTML in it
        Week week = Week.containing(Instant.now(), Swedish.ZONE).minusWeeks(1);
        String[] places = {"Berga centrum", "Bergavägen 12", "Hagaskolan"};
        for (int n = 0; n < places.length; n++) {
            report("berga", "vald-hot", places[n], at(week, n), "Hot mot förbipasserande.", "test");
        }
        // the one with the script comes in through the process, as from Tasklist: EST assesses it at once
        Map<String, Object> violence = form(Map.of("district", "berga", "place", "Bergaskolan", "category", "vald-hot",
                "occurredAt", at(week, 3).toString(), "description", SCRIPT_DESCRIPTION, "source", "skola"));
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE)
                .post("/engine-rest/process-definition/key/incident-report/submit-form", violence).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AssessReport").count()).isEqualTo(1);

        // EST's weekly timer, run now as an operator would run it from Cockpit: the engine clock stays real,
        // so the cycle compiles last week and Tasklist shows the tasks as created now, not on the timer's Monday
        managementService.executeJob(timer("est-weekly-cycle").getId());
        runSteps("est-weekly-cycle");
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").singleResult().getName())
                .isEqualTo("Analysera: Berga – Våld eller hot om våld");

        // a matter that climbed from the coordination group to the political steering group, with a script in its title
        long matter = matter(OffsetDateTime.now().minusDays(20));
        decision(matter, "coordination-group", "ESCALATED", "Kräver resurser utöver förvaltningarnas budget.",
                DemoLogins.DEPARTMENT_HEAD, OffsetDateTime.now().minusDays(15));
        decision(matter, "steering-group", "ESCALATED", "Behöver prioriteras i kommunstyrelsens budget.",
                DemoLogins.DIRECTOR, OffsetDateTime.now().minusDays(8));
        decision(matter, "political-steering-group", "HANDLED", "Trygghetsinsatser vid <b>Bergaskolan</b> prioriteras.",
                DemoLogins.POLITICIAN, OffsetDateTime.now().minusDays(2));

        BrowserScript.run("browser-tests/est-and-audit.mjs", port,
                BrowserScript.PROJECT.resolve("target/browser-screenshots/est-and-audit"), 3, String.valueOf(matter));

        // what the browser did reached the engine and the tables
        assertThat(jdbc.sql("select status, place_type, departments_involved from samverkan.picture_problem")
                .query().singleRow())
                .containsEntry("status", "CONFIRMED").containsEntry("place_type", "skola")
                .containsEntry("departments_involved", 2);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").count()).isZero();
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_SummariseWeek").count()).isEqualTo(1);
        assertThat(jdbc.sql("select description, assessed_by from samverkan.incident_report where place = 'Bergaskolan'")
                .query().singleRow())
                .containsEntry("description", SCRIPT_DESCRIPTION).containsEntry("assessed_by", DemoLogins.EST_POLICE);
    }

    /** The n-th report's time in a week. */
    private static OffsetDateTime at(Week week, int n) {
        return week.monday().plusDays(n).atTime(15, 10 * n).atZone(Swedish.ZONE).toOffsetDateTime();
    }

    private long matter(OffsetDateTime raisedAt) {
        jdbc.sql("""
                        insert into samverkan.matter (title, description, district_code, category_code, level, origin,
                            raised_by, raised_at, waiting_since, status)
                        values (?, ?, 'berga', 'vald-hot', 'political-steering-group', 'BODY', ?, ?, ?, 'HANDLED')""")
                .params(SCRIPT_TITLE, "Hot vid skolan. " + SCRIPT_DESCRIPTION, DemoLogins.DISTRICT_COORDINATOR,
                        raisedAt, raisedAt)
                .update();
        return jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();
    }

    /** A body's decision on the matter, at a meeting held that day. */
    private void decision(long matter, String body, String outcome, String rationale, String by, OffsetDateTime at) {
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, held_at, status, process_instance_id)
                        values (?, 'ORDINARY', ?, ?, 'HELD', ?)""")
                .params(body, at.minusHours(2), at, "pi-" + body).update();
        long meeting = jdbc.sql("select max(id) from samverkan.meeting").query(Long.class).single();
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, subject_type, subject_id, outcome,
                            rationale, basis, decided_by, decided_at, meeting_id)
                        values (?, ?, 'MATTER', ?, ?, ?, ?, ?, ?, ?)""")
                .params(body, "pi-" + body, matter, outcome, rationale, "Ärendet: " + SCRIPT_TITLE, by, at, meeting)
                .update();
    }
}
