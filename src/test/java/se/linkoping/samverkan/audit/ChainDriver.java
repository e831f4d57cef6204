package se.linkoping.samverkan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.TaskForms;
import se.linkoping.samverkan.system.Swedish;

/**
 * The chain run as its users and timers run it, on the days a scenario names: the engine clock is set to
 * each moment (never slept), timers and asynchronous steps are executed, and every task is completed
 * through the REST API by a member of its group, as Tasklist does.
 */
record ChainDriver(JdbcClient jdbc, ManagementService managementService, RuntimeService runtimeService,
                   TaskService taskService, TestRestTemplate http) {

    /** Sets the engine clock to a local time in Linköping. */
    void at(LocalDateTime local) {
        ClockUtil.setCurrentTime(Date.from(local.atZone(Swedish.ZONE).toInstant()));
    }

    /** An incident report that happened at a local time. */
    void report(String district, String category, String place, LocalDateTime local) {
        OffsetDateTime at = local.atZone(Swedish.ZONE).toOffsetDateTime();
        jdbc.sql("""
                        insert into samverkan.incident_report (district_code, place, category_code, occurred_at,
                            description, source_code, channel, reported_by, received_at)
                        values (?, ?, ?, ?, 'Testrapport', 'polis', 'API', 'test', ?)""")
                .params(district, place, category, at, at).update();
    }

    /** Three reports on Monday to Wednesday evening of a week. */
    void reports(String district, String category, LocalDate monday) {
        for (int day = 0; day < 3; day++) {
            report(district, category, "Storgatan " + (day + 1), monday.plusDays(day).atTime(20, 15));
        }
    }

    /**
     * EST's weekly cycle for the week starting on a Monday: its timer runs at 07:00 the Monday after.
     *
     * @return the cycle's process instance
     */
    String compile(LocalDate monday) {
        at(monday.plusWeeks(1).atTime(7, 0));
        Job timer = managementService.createJobQuery().timers().activityId("Timer_WeeklyCycle").singleResult();
        managementService.executeJob(timer.getId());
        runSteps();
        return jdbc.sql("select process_instance_id from samverkan.situational_picture where week_start = ?")
                .param(monday).query(String.class).single();
    }

    /** An EST member analyses every problem of a cycle's picture alike. */
    void analyse(String cycle, String analyst, LocalDateTime local, Map<String, Object> values) {
        at(local);
        List<Task> analyses = taskService.createTaskQuery().processInstanceId(cycle)
                .taskDefinitionKey("Task_AnalyseProblem").list();
        assertThat(analyses).isNotEmpty();
        Map<String, Object> form = new HashMap<>(Map.of("decision", "confirm", "placeType", "bostadsomrade",
                "departmentsInvolved", 3, "needsResourcesBeyondBudget", false, "needsPolicyDecision", false,
                "policeKnowledge", "Samma grupp kvällstid, polisen känner till den."));
        form.putAll(values);
        analyses.forEach(task -> complete(analyst, task, form));
    }

    /** An EST member writes the week's summary. */
    void summarise(String cycle, String writer, LocalDateTime local) {
        at(local);
        complete(writer, task(cycle, "Task_SummariseWeek"), Map.of("analysisSummary",
                "Veckans lägesbild: problemet kvarstår och kräver fler aktörer."));
    }

    /** The decision tables run for the week's confirmed problems, in their asynchronous step, at a local time. */
    void prioritise(String cycle, LocalDateTime local) {
        at(local);
        runSteps();
    }

    /** Runs the weekly cycle's asynchronous steps (not its timers), each job on its own, until none is left. */
    private void runSteps() {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processDefinitionKey("est-weekly-cycle").messages().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    /** EST's whole week: compiled, analysed two hours and summarised one hour before the tables run. */
    String estWeek(LocalDate monday, LocalDateTime tablesRun, Map<String, Object> analysis) {
        String cycle = compile(monday);
        analyse(cycle, DemoLogins.EST_POLICE, tablesRun.minusHours(2), analysis);
        summarise(cycle, DemoLogins.EST_SECURITY_UNIT, tablesRun.minusHours(1));
        prioritise(cycle, tablesRun);
        return cycle;
    }

    /** Fires a timer, moving the clock to it when it lies ahead. */
    void fire(Job timer) {
        if (timer.getDuedate().after(ClockUtil.now())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        managementService.executeJob(timer.getId());
    }

    /** A body's ordinary meeting: its timer, its agenda compiled and prepared with notes. */
    String ordinaryMeeting(String processKey, String preparer, String notes) {
        fire(managementService.createJobQuery().processDefinitionKey(processKey).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow());
        String meeting = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).singleResult()
                .getId();
        prepare(meeting, preparer, notes);
        return meeting;
    }

    /** A meeting called: its agenda compiled and prepared with notes (and, for some, announced). */
    void prepare(String meeting, String preparer, String notes) {
        managementService.createJobQuery().processInstanceId(meeting).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));
        complete(preparer, task(meeting, "Task_PrepareAgenda"), Map.of("agendaNotes", notes));
        managementService.createJobQuery().processInstanceId(meeting).executable().list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** What is left of a meeting once its matters are decided: the tertial analysis, the phase. */
    void finishMeeting(String meeting, String member) {
        for (Task propose : taskService.createTaskQuery().processInstanceId(meeting)
                .taskDefinitionKey("Task_ProposeDistrictPlan").list()) {
            complete(member, propose, Map.of("goals", "Halvera skadegörelsen.", "picture", "Den ökar kvällstid.",
                    "actionPlan", "Fältare och belysning."));
        }
        for (Task phase : taskService.createTaskQuery().processInstanceId(meeting)
                .taskDefinitionKey("Task_DecidePhase").list()) {
            complete(member, phase, Map.of("phase", "normal", "phaseRationale", "Läget är oförändrat."));
        }
    }

    /** Raises a matter in Tasklist's start form. */
    void raiseInTasklist(String user, Map<String, Object> matter) {
        assertThat(RestClient.as(http, user).post("/engine-rest/process-definition/key/matter/submit-form",
                TaskForms.form(matter)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    Task task(String processInstance, String key) {
        return taskService.createTaskQuery().processInstanceId(processInstance).taskDefinitionKey(key).singleResult();
    }

    Task task(String key) {
        return taskService.createTaskQuery().taskDefinitionKey(key).singleResult();
    }

    void complete(String user, Task task, Map<String, Object> values) {
        assertThat(task).as("a task to complete as %s", user).isNotNull();
        new TaskForms(http, taskService).complete(user, task, values);
    }

    /** The matter on a district, raised by what a scenario did. */
    long matterIn(String district) {
        return jdbc.sql("select id from samverkan.matter where district_code = ? order by id")
                .param(district).query(Long.class).list().get(0);
    }
}
