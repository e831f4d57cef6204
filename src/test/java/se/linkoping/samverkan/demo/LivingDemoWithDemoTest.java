package se.linkoping.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.audit.AuditTrail;
import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.system.Swedish;

/**
 * The demo's first start, as a fresh demo database gets it: the application on an empty in-memory H2
 * with the demo profile and the simulation on simulates a quarter through the processes while it starts.
 * Afterwards Tasklist has waiting tasks for several groups, the weekly pictures and the reports behind them
 * cover the quarter, a matter has its timeline across all four levels, an intervention is overdue, the
 * engine clock is real again — and a second start adds nothing. In a JVM of its own (*WithDemoTest):
 * its application must not share Camunda's static engine registry with the other integration tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:samverkan-living-demo;DB_CLOSE_DELAY=-1",
                // as in the other tests: nothing runs jobs but the simulation itself
                "camunda.bpm.job-execution.enabled=false",
                "samverkan.demo.simulate=true"})
@ActiveProfiles({"h2", "demo"})
class LivingDemoWithDemoTest {

    @Autowired
    DemoStart demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;

    @Test
    void theFirstDemoStartSimulatesAQuarterAndARestartAddsNothing() {
        // the engine clock is the real one again
        assertThat(Duration.between(ClockUtil.now().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(jdbc.sql("select outcome from samverkan.demo_simulation").query(String.class).single())
                .isEqualTo("SIMULATED");

        reportsCoverTheQuarter();
        everyWeekHasItsPicture();
        tasklistHasWorkForSeveralGroups();
        everyNamedStaffMemberHasSomethingToDoInTime();
        aMatterClimbedAllFourLevels();
        interventionsWereCarriedOutAndOneIsOverdue();
        meetingsWereHeld();
        rolesAreHeldByNamedPeopleWhoActInThem();
        theCitizenPromiseIsPublished();
        assertThat(managementService.createJobQuery().withException().count()).isZero();
        assertThat(runtimeService.createIncidentQuery().count()).isZero();

        // a restart adds nothing
        Map<String, Long> before = counts();
        assertThat(demo.runOnce()).isEqualTo(LivingDemo.Outcome.ALREADY_DONE);
        assertThat(counts()).isEqualTo(before);
    }

    /** This period's agreement went through every step; its promise is public, next year's round waits. */
    private void theCitizenPromiseIsPublished() {
        ResponseEntity<String> promise = http.getForEntity("/medborgarlofte", String.class);
        assertThat(promise.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(promise.getBody()).contains("varje fredag och lördag kväll").doesNotContain("no-promise");
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_FollowUpPromise").count()
                + runtimeService.createExecutionQuery().activityId("Task_AwaitFollowUpMeeting").count()).isEqualTo(1);
    }

    private void reportsCoverTheQuarter() {
        record Report(String district, String category, String source, String channel, OffsetDateTime at) {
        }
        List<Report> reports = jdbc.sql("select district_code, category_code, source_code, channel, occurred_at "
                        + "from samverkan.incident_report")
                .query((rs, row) -> new Report(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
        assertThat(reports).hasSizeGreaterThan(150);
        assertThat(reports.stream().map(Report::district).distinct()).hasSizeGreaterThanOrEqualTo(5)
                .contains("skaggetorp", "ryd", "berga", "innerstaden", "lambohov", "ekholmen");
        assertThat(reports.stream().map(Report::category).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(reports.stream().map(Report::source).distinct()).hasSizeGreaterThanOrEqualTo(5)
                .contains("polis", "bostadsbolag", "trygghetsvardar");
        assertThat(reports.stream().map(Report::channel).distinct()).containsExactlyInAnyOrder("API", "TASKLIST");
        Set<LocalDate> weeks = reports.stream()
                .map(r -> Week.containing(r.at().toInstant(), Swedish.ZONE).monday())
                .collect(Collectors.toSet());
        assertThat(weeks).hasSizeGreaterThanOrEqualTo(13);
        assertThat(reports).allSatisfy(r -> assertThat(r.at().toInstant()).isBefore(Instant.now()));
        // every report went through the intake process, and was assessed at once where the category asks for it
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("incident-report").count())
                .isEqualTo(reports.size());
    }

    /** The dashboard's curves: a picture each week, analysed by EST, with problems and priorities. */
    private void everyWeekHasItsPicture() {
        record Picture(LocalDate week, String summary, long problems, long prioritised) {
        }
        List<Picture> pictures = jdbc.sql("""
                        select s.week_start, s.summary,
                            (select count(*) from samverkan.picture_problem p where p.picture_id = s.id),
                            (select count(*) from samverkan.picture_problem p where p.picture_id = s.id
                                and p.priority is not null)
                        from samverkan.situational_picture s order by s.week_start""")
                .query((rs, row) -> new Picture(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
        assertThat(pictures).hasSize(13);
        assertThat(pictures).allSatisfy(p -> assertThat(p.problems()).isPositive());
        // EST has analysed every week but this week's, which waits in Tasklist while it is not due yet; later in
        // the week (the demo opens on any day) EST has done it on time: the demo never opens on a backlog
        assertThat(pictures.subList(0, 12)).allSatisfy(p -> {
            assertThat(p.summary()).startsWith("Lägesbild vecka");
            assertThat(p.prioritised()).isPositive();
        });
        long analysesWaiting = taskService.createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").count();
        assertThat(analysesWaiting).isIn(0L, pictures.get(12).problems());
        if (analysesWaiting > 0) {
            assertThat(pictures.get(12).summary()).isNull();
        }
        assertThat(taskService.createTaskQuery()
                .taskDefinitionKeyIn("Task_AnalyseProblem", "Task_SummariseWeek", "Task_DecideIntervention")
                .dueBefore(new java.util.Date()).count()).as("EST's weekly work overdue when the demo opens").isZero();
        // the latest report of violence waits for EST's assessment, in time
        List<Task> assessments = taskService.createTaskQuery().taskDefinitionKey("Task_AssessReport").list();
        assertThat(assessments).isNotEmpty().allSatisfy(task -> assertThat(task.getDueDate()).isInTheFuture());
    }

    private void tasklistHasWorkForSeveralGroups() {
        Map<String, Long> waiting = new TreeMap<>();
        for (Task task : taskService.createTaskQuery().active().list()) {
            taskService.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
                    .filter(Objects::nonNull).forEach(group -> waiting.merge(group, 1L, Long::sum));
        }
        assertThat(waiting.keySet()).hasSizeGreaterThanOrEqualTo(3).contains("est", "coordination-group");
        // EST's analysis of this week, the coordination group's decisions at the extra meeting an acute
        // matter called, and interventions for the departments
        assertThat(taskService.createTaskQuery().taskCandidateGroup("coordination-group")
                .taskDefinitionKey("Task_DecideMatter").count()).isPositive();
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_CarryOutIntervention").count()).isPositive();
        // and the security unit drafts next year's cooperation agreement
        assertThat(taskService.createTaskQuery().taskCandidateGroup("security-unit")
                .taskDefinitionKey("Task_DraftAgreement").count()).isEqualTo(1);
        // the demo users see them in Tasklist, as their groups allow
        ResponseEntity<JsonNode> estTasks = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/engine-rest/task?candidateGroup=est");
        assertThat(estTasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(estTasks.getBody().size()).isPositive();
    }

    /**
     * Each named person of the staff opens Tasklist to something of their own that is not yet due — the
     * district coordinator plans for the district day, the politician decides the acute matter and follows
     * up the citizen promise at the extra meeting — whatever day of the week the demo starts on.
     */
    private void everyNamedStaffMemberHasSomethingToDoInTime() {
        java.util.Date now = new java.util.Date();
        Map<String, List<String>> inTime = new TreeMap<>();
        for (String person : List.of(DemoLogins.EST_POLICE, DemoLogins.EST_SECURITY_UNIT,
                DemoLogins.DISTRICT_COORDINATOR, DemoLogins.DEPARTMENT_HEAD, DemoLogins.DIRECTOR,
                DemoLogins.POLITICIAN, DemoLogins.POLICE_AREA_CHIEF)) {
            inTime.put(person, taskService.createTaskQuery().taskCandidateUser(person).includeAssignedTasks().active()
                    .list().stream().filter(task -> task.getDueDate() == null || task.getDueDate().after(now))
                    .map(Task::getName).toList());
        }
        assertThat(inTime).allSatisfy((person, names) -> assertThat(names).as(person).isNotEmpty());
        assertThat(inTime.get(DemoLogins.DISTRICT_COORDINATOR))
                .contains("Planera inför: " + StaffInitiatives.DISTRICT_DAY);
        assertThat(inTime.get(DemoLogins.POLITICIAN)).contains("Följ upp medborgarlöftet",
                "Besluta om ärende: " + Storyline.POLITICAL_MATTER);
    }

    private void aMatterClimbedAllFourLevels() {
        List<Long> climbed = jdbc.sql("""
                        select m.id from samverkan.matter m
                        where m.origin = 'EST'
                          and (select count(distinct r.body) from samverkan.decision_record r
                               where r.subject_type = 'MATTER' and r.subject_id = m.id and r.meeting_id is not null
                                 and r.body in ('coordination-group', 'steering-group', 'political-steering-group')) = 3""")
                .query(Long.class).list();
        assertThat(climbed).isNotEmpty();
        long matter = climbed.get(0);
        assertThat(jdbc.sql("select status from samverkan.matter where id = ?").param(matter).query(String.class)
                .single()).isEqualTo("HANDLED");
        AuditTrail.Timeline timeline = auditTrail.timeline(matter).orElseThrow();
        assertThat(timeline.levels()).containsSubsequence("EST", "Lednings- och samordningsgruppen", "Styrgruppen",
                "Politiska styrgruppen");
        assertThat(timeline.entries()).filteredOn(e -> e.kind().startsWith("Beslut:"))
                .extracting(AuditTrail.Entry::who)
                .containsExactly(DemoLogins.DEPARTMENT_HEAD, DemoLogins.DIRECTOR, DemoLogins.POLITICIAN);
        // and the auditors read it over the API
        ResponseEntity<JsonNode> audit = RestClient.as(http, DemoLogins.AUDITOR).get("/api/audit/matters/" + matter);
        assertThat(audit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(audit.getBody().get("entries").size()).isGreaterThan(10);
        // a few more matters were decided at the coordination group
        assertThat(jdbc.sql("""
                        select count(distinct subject_id) from samverkan.decision_record
                        where subject_type = 'MATTER' and body = 'coordination-group' and outcome in ('HANDLED', 'CLOSED')""")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    private void interventionsWereCarriedOutAndOneIsOverdue() {
        assertThat(count("select count(*) from samverkan.intervention where status = 'FOLLOWED_UP'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from samverkan.intervention where status = 'ONGOING' "
                + "and overdue_at is not null and due_date < current_date")).isPositive();
        assertThat(count("select count(*) from samverkan.matter where origin = 'OVERDUE_INTERVENTION'"))
                .isGreaterThanOrEqualTo(2);
    }

    private void meetingsWereHeld() {
        assertThat(jdbc.sql("select distinct body from samverkan.meeting where status = 'HELD'").query(String.class)
                .list()).containsExactlyInAnyOrder("coordination-group", "steering-group", "political-steering-group");
    }

    /**
     * The signatories and conveners are named people (no demo user per role), and a convener who chose for a
     * matter waiting too long (the storyline has none today: its matters are decided in time) did so in the
     * role, as its holder; an alert still open waits for the convener alone.
     */
    private void rolesAreHeldByNamedPeopleWhoActInThem() {
        assertThat(Map.of("ks-chair", holders("ks-chair"), "police-area-chief", holders("police-area-chief"),
                "coordination-group-convener", holders("coordination-group-convener"),
                "steering-group-convener", holders("steering-group-convener"),
                "political-steering-group-convener", holders("political-steering-group-convener")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("ks-chair", List.of(DemoLogins.POLITICIAN),
                        "police-area-chief", List.of(DemoLogins.POLICE_AREA_CHIEF),
                        "coordination-group-convener", List.of(DemoLogins.DEPARTMENT_HEAD),
                        "steering-group-convener", List.of(DemoLogins.DIRECTOR),
                        "political-steering-group-convener", List.of(DemoLogins.POLITICIAN)));
        List<Map<String, Object>> chosen = jdbc.sql("select convener, convener_role from samverkan.matter "
                + "where convener is not null").query().listOfRows();
        assertThat(chosen).allSatisfy(row -> {
            assertThat(row.get("convener_role")).asString().endsWith("-convener");
            assertThat(holders(row.get("convener_role").toString())).contains(row.get("convener").toString());
        });
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_AlertConvener").list())
                .allSatisfy(alert -> assertThat(taskService.getIdentityLinksForTask(alert.getId()))
                        .extracting(link -> link.getGroupId()).singleElement().asString().endsWith("-convener"));
    }

    private List<String> holders(String role) {
        return identityService.createUserQuery().memberOfGroup(role).list().stream().map(user -> user.getId()).toList();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("incident_report", "situational_picture", "picture_problem", "matter", "meeting",
                "decision_record", "intervention", "demo_simulation")) {
            counts.put(table, count("select count(*) from samverkan." + table));
        }
        counts.put("process instances", historyService.createHistoricProcessInstanceQuery().count());
        counts.put("tasks", taskService.createTaskQuery().count());
        counts.put("jobs", managementService.createJobQuery().count());
        return counts;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
