package se.linkoping.samverkan.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * The retention (gallring) by the engine clock: Camunda's history cleanup job, started as an administrator starts it
 * by hand, removes the history of an ended incident report once its time-to-live (1 825 days) has passed, and with it
 * Samverkan's own rows of that process instance; a running report and its rows stay, and so does a row a kept row
 * still refers to; the run is recorded for auditors. Run on H2 and PostgreSQL.
 */
abstract class RetentionScenarios extends Scenario {

    @Test
    void endedMattersGoWithTheirHistoryOnceTheirTimeToLiveHasPassedRunningOnesStay() {
        String ended = processOf(report("skadegorelse"));
        String running = processOf(report("vald-hot"));
        HistoricProcessInstance endedHistory = history(ended);
        assertThat(endedHistory.getEndTime()).as("a report without prompt assessment ends at once").isNotNull();
        assertThat(endedHistory.getRemovalTime()).isNotNull();
        assertThat(history(running).getRemovalTime()).isNull();
        long decision = decision(ended, null);
        long meeting = meeting(ended);
        long keptDecision = decision(running, meeting);
        long lastRun = jdbc.sql("select coalesce(max(id), 0) from samverkan.retention_run").query(Long.class).single();

        // before the time-to-live has passed: nothing goes
        ClockUtil.setCurrentTime(Date.from(endedHistory.getEndTime().toInstant().plus(1824, ChronoUnit.DAYS)));
        cleanUp();
        assertThat(history(ended)).isNotNull();
        assertThat(rows("incident_report", ended)).isEqualTo(1);
        assertThat(rows("decision_record", ended)).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(endedHistory.getEndTime().toInstant().plus(1826, ChronoUnit.DAYS)));
        // in batches: until no history is due (other scenarios' instances end too)
        for (int run = 0; run < 100 && (run == 0 || due() > 0); run++) {
            cleanUp();
        }

        assertThat(history(ended)).as("Camunda's history of the ended report").isNull();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(ended).count()).isZero();
        assertThat(rows("incident_report", ended)).isZero();
        assertThat(jdbc.sql("select count(*) from samverkan.decision_record where id = ?").param(decision)
                .query(Long.class).single()).isZero();
        // the meeting of the removed instance stays while a decision of a running one refers to it
        assertThat(jdbc.sql("select count(*) from samverkan.meeting where id = ?").param(meeting).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(history(running)).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running).count()).isEqualTo(1);
        assertThat(rows("incident_report", running)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from samverkan.decision_record where id = ?").param(keptDecision)
                .query(Long.class).single()).isEqualTo(1);

        // the record for auditors: what went, of which kind, by which rule
        Map<String, Object> record = jdbc.sql("""
                        select count(*) as runs, sum(process_instances) as instances, sum(incident_reports) as reports,
                            sum(decisions) as decisions, sum(meetings) as meetings, min(rule) as rule, min(ran_at) as ran_at
                        from samverkan.retention_run where id > ?""").param(lastRun).query().singleRow();
        assertThat(((Number) record.get("runs")).intValue()).isPositive();
        assertThat(((Number) record.get("instances")).intValue()).isPositive();
        assertThat(((Number) record.get("reports")).intValue()).isEqualTo(1);
        assertThat(((Number) record.get("decisions")).intValue()).isEqualTo(1);
        assertThat(((Number) record.get("meetings")).intValue()).isZero();
        assertThat((String) record.get("rule")).contains("borttagningstid", "Rapportera händelse 1825 dagar",
                "Ärende – eskaleringskedjan 3650 dagar").doesNotContain("incident-report");

        // ... shown to auditors, and to nobody else
        ResponseEntity<String> page = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit").get("/granskning/gallring");
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<h1>Gallring</h1>", "Händelserapporter", "Rapportera händelse 1825 dagar");
        assertThat(WebappSession.signIn(http, DemoLogins.DEPARTMENT_HEAD, "tasklist").get("/granskning/gallring")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // with nothing due, a run removes and records nothing
        long runsAfter = runs();
        ClockUtil.reset();
        cleanUp();
        assertThat(runs()).isEqualTo(runsAfter);
        assertThat(rows("incident_report", running)).isEqualTo(1);
    }

    @Test
    void eachOwnersRowsOfAnEndedInstanceGoButNotWhatAKeptRowRefersTo() {
        // a table holds one row per instance: two ended ones
        String ended = processOf(report("skadegorelse"));
        String alsoEnded = processOf(report("skadegorelse"));
        String running = processOf(report("vald-hot"));
        long picture = insert("situational_picture", "week_start, week_label, compiled_at, process_instance_id",
                "date '2020-01-06', 'vecka 2 2020', current_timestamp, ?", ended);
        long problem = problem(picture);
        jdbc.sql("insert into samverkan.problem_evaluation (problem_id, activity_instance_id, evaluated_at) values (?, 'a', current_timestamp)")
                .param(problem).update();
        long pictureReferred = insert("situational_picture", "week_start, week_label, compiled_at, process_instance_id",
                "date '2020-01-13', 'vecka 3 2020', current_timestamp, ?", ended);
        long problemReferred = problem(pictureReferred);
        long matterReferred = matter(ended, null);
        long matter = matter(alsoEnded, null);
        long runningMatter = matter(running, problemReferred);
        long intervention = intervention(ended, null);
        long runningIntervention = intervention(running, matterReferred);
        long event = insert("coordinated_event", "name, event_date, district_code, expected_visitors, organiser,"
                + " participants, started_by, started_at, process_instance_id",
                "'Marknad', date '2020-06-06', 'skaggetorp', 100, 'Föreningen', 'polisen', 'test', current_timestamp, ?",
                ended);
        jdbc.sql("insert into samverkan.event_plan (event_id, group_id, execution_id) values (?, 'est', ?)")
                .params(event, UUID.randomUUID().toString()).update();
        long meeting = meeting(ended);
        long agreement = insert("cooperation_agreement", "process_instance_id, started_reason, started_by, started_at",
                "?, 'Ny omgång', 'test', current_timestamp", ended);
        jdbc.sql("""
                        insert into samverkan.promise_follow_up (agreement_id, meeting_id, status, summary, followed_up_by,
                            followed_up_at) values (?, ?, 'ON_TRACK', 'Enligt plan', 'test', current_timestamp)""")
                .params(agreement, meeting).update();
        long previousAgreement = insert("cooperation_agreement", "process_instance_id, started_reason, started_by, started_at",
                "?, 'Första', 'test', current_timestamp", alsoEnded);
        long runningAgreement = insert("cooperation_agreement",
                "process_instance_id, previous_id, started_reason, started_by, started_at",
                "?, " + previousAgreement + ", 'Nästa', 'test', current_timestamp", running);

        ClockUtil.setCurrentTime(Date.from(history(ended).getEndTime().toInstant().plus(1826, ChronoUnit.DAYS)));
        for (int run = 0; run < 100 && (run == 0 || due() > 0); run++) {
            cleanUp();
        }

        assertThat(history(alsoEnded)).isNull();
        assertThat(ids("situational_picture")).containsExactly(pictureReferred);
        assertThat(ids("picture_problem")).containsExactly(problemReferred);
        assertThat(jdbc.sql("select count(*) from samverkan.problem_evaluation").query(Long.class).single()).isZero();
        assertThat(ids("matter")).containsExactlyInAnyOrder(matterReferred, runningMatter).doesNotContain(matter);
        assertThat(ids("intervention")).containsExactly(runningIntervention).doesNotContain(intervention);
        assertThat(ids("coordinated_event")).isEmpty();
        assertThat(jdbc.sql("select count(*) from samverkan.event_plan").query(Long.class).single()).isZero();
        assertThat(ids("cooperation_agreement")).containsExactlyInAnyOrder(previousAgreement, runningAgreement)
                .doesNotContain(agreement);
        assertThat(jdbc.sql("select count(*) from samverkan.promise_follow_up").query(Long.class).single()).isZero();
        assertThat(ids("meeting")).as("the follow-up that referred to it went first").doesNotContain(meeting);
        assertThat(rows("incident_report", running)).isEqualTo(1);
    }

    private List<Long> ids(String table) {
        return jdbc.sql("select id from samverkan." + table + " order by id").query(Long.class).list();
    }

    private long insert(String table, String columns, String values, String processInstanceId) {
        jdbc.sql("insert into samverkan." + table + " (" + columns + ") values (" + values + ")")
                .param(processInstanceId).update();
        return jdbc.sql("select max(id) from samverkan." + table).query(Long.class).single();
    }

    private long problem(long picture) {
        jdbc.sql("""
                        insert into samverkan.picture_problem (picture_id, district_code, category_code,
                            reports_this_week, previous_weeks_average, trend, consecutive_weeks)
                        values (?, 'skaggetorp', 'skadegorelse', 5, 1.0, 'RISING', 2)""").param(picture).update();
        return jdbc.sql("select max(id) from samverkan.picture_problem").query(Long.class).single();
    }

    private long matter(String processInstanceId, Long problem) {
        jdbc.sql("""
                        insert into samverkan.matter (title, level, origin, problem_id, raised_by, raised_at, waiting_since,
                            process_instance_id)
                        values ('Klotter', 'coordination-group', 'BODY', ?, 'test', current_timestamp, current_timestamp, ?)""")
                .params(problem, processInstanceId).update();
        return jdbc.sql("select max(id) from samverkan.matter").query(Long.class).single();
    }

    private long intervention(String processInstanceId, Long matter) {
        jdbc.sql("""
                        insert into samverkan.intervention (title, responsible_group, due_date, decided_by_body, decided_by,
                            decided_at, matter_id, process_instance_id)
                        values ('Sanera', 'est', date '2020-02-01', 'coordination-group', 'test', current_timestamp, ?, ?)""")
                .params(matter, processInstanceId).update();
        return jdbc.sql("select max(id) from samverkan.intervention").query(Long.class).single();
    }

    private long due() {
        return jdbc.sql("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= ?")
                .param(new java.sql.Timestamp(ClockUtil.now().getTime())).query(Long.class).single();
    }

    /** Starts the history cleanup now (as Cockpit's button does) and runs its job. */
    private void cleanUp() {
        Job job = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(job.getId());
    }

    private long report(String category) {
        Map<String, Object> report = new HashMap<>();
        report.put("district", "skaggetorp");
        report.put("place", "Gillbergska gatan 12");
        report.put("category", category);
        report.put("occurredAt", OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("description", "Klotter på fasaden.");
        report.put("source", "bostadsbolag");
        report.put("externalReference", "GALLRING-" + UUID.randomUUID());
        ResponseEntity<JsonNode> response = http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .postForEntity("/api/incident-reports", report, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return response.getBody().get("id").asLong();
    }

    private String processOf(long report) {
        return jdbc.sql("select process_instance_id from samverkan.incident_report where id = ?").param(report)
                .query(String.class).single();
    }

    private HistoricProcessInstance history(String processInstanceId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    }

    private long rows(String table, String processInstanceId) {
        return jdbc.sql("select count(*) from samverkan." + table + " where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).single();
    }

    private long runs() {
        return jdbc.sql("select count(*) from samverkan.retention_run").query(Long.class).single();
    }

    private long decision(String processInstanceId, Long meetingId) {
        jdbc.sql("""
                        insert into samverkan.decision_record (body, process_instance_id, meeting_id, subject_type,
                            subject_id, outcome, rationale, decided_by, decided_at)
                        values ('coordination-group', ?, ?, 'MATTER', 1, 'HANDLED', 'Prövat', 'test', current_timestamp)""")
                .params(processInstanceId, meetingId).update();
        return jdbc.sql("select max(id) from samverkan.decision_record").query(Long.class).single();
    }

    private long meeting(String processInstanceId) {
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, process_instance_id)
                        values ('coordination-group', 'ORDINARY', current_timestamp, ?)""")
                .param(processInstanceId).update();
        return jdbc.sql("select max(id) from samverkan.meeting").query(Long.class).single();
    }
}
