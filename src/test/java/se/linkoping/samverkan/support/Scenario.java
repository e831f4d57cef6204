package se.linkoping.samverkan.support;

import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of the scenarios that run against the whole application ({@code @OnH2}, {@code @OnPostgres}
 * and the tests with SMTP or a browser): the engine's services, the database and HTTP at hand; each
 * scenario starts with the engine clock real and the tables empty ({@link TestData#clear}), and the clock
 * is real again after it. Timers are run by moving the engine clock, tasks are completed as Tasklist does
 * it ({@link TaskForms}).
 */
public abstract class Scenario {

    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected RuntimeService runtimeService;
    @Autowired
    protected TaskService taskService;
    @Autowired
    protected ManagementService managementService;
    @Autowired
    protected HistoryService historyService;

    @BeforeEach
    final void startFromEmptyTablesWithTheRealClock() {
        ClockUtil.reset();
        TestData.clear(jdbc, runtimeService);
    }

    /** The engine clock real again, and the timers of the meetings and EST's cycle set from it. */
    @AfterEach
    final void resetTheEngineClock() {
        ClockUtil.reset();
        TestData.timersFromNow(managementService);
    }

    // --- timers

    /** The timer of a process's start event, waiting for the process's next instance. */
    protected Job timer(String processKey) {
        return managementService.createJobQuery().processDefinitionKey(processKey).timers().list().stream()
                .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    }

    /** Runs a timer, moving the engine clock to its due date first when that is still to come. */
    protected void fire(Job timer) {
        if (timer.getDuedate().after(ClockUtil.now())) {
            ClockUtil.setCurrentTime(timer.getDuedate());
        }
        managementService.executeJob(timer.getId());
    }

    /**
     * Runs the asynchronous steps of a process's instances (not their timers) as the job executor would, each
     * job on its own, until none is left.
     */
    protected void runSteps(String processKey) {
        List<Job> jobs;
        while (!(jobs = managementService.createJobQuery().processDefinitionKey(processKey).messages().list())
                .isEmpty()) {
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    // --- tasks, as Tasklist completes them

    protected TaskForms forms() {
        return new TaskForms(http, taskService);
    }

    /** See {@link TaskForms#candidates}. */
    protected List<String> candidates(Task task) {
        return forms().candidates(task);
    }

    /** See {@link TaskForms#complete}. */
    protected void complete(String user, Task task, Map<String, Object> values) {
        forms().complete(user, task, values);
    }

    /** See {@link TaskForms#refusal}. */
    protected String refusal(String user, Task task, Map<String, Object> values) {
        return forms().refusal(user, task, values);
    }

    /** See {@link TaskForms#form}. */
    protected static Map<String, Object> form(Map<String, Object> values) {
        return TaskForms.form(values);
    }

    // --- data

    /** An incident report of the police, received through the API by {@code test} when it occurred (local time). */
    protected void report(String district, String category, String place, LocalDateTime localTime) {
        report(district, category, place, localTime.atZone(STOCKHOLM).toOffsetDateTime(), "Testrapport", "test");
    }

    /** An incident report of the police, received through the API by {@code reportedBy} when it occurred. */
    protected void report(String district, String category, String place, OffsetDateTime occurredAt,
            String description, String reportedBy) {
        jdbc.sql("""
                        insert into samverkan.incident_report (district_code, place, category_code, occurred_at,
                            description, source_code, channel, reported_by, received_at)
                        values (?, ?, ?, ?, ?, 'polis', 'API', ?, ?)""")
                .params(district, place, category, occurredAt, description, reportedBy, occurredAt).update();
    }
}
