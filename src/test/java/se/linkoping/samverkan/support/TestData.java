package se.linkoping.samverkan.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clean start for the integration scenarios that share one application: the running processes of
 * Samverkan are deleted and the application's tables emptied, children before parents. Reference
 * data stays; the coordination group's phase is back to normal.
 */
public final class TestData {

    static final List<String> PROCESSES = List.of("est-weekly-cycle", "intervention", "matter",
            "coordination-group-meeting", "steering-group-meeting", "political-steering-group-meeting",
            "incident-report", "event-coordination", "cooperation-agreement");

    private TestData() {
    }

    public static void clear(JdbcClient jdbc, RuntimeService runtimeService) {
        for (String key : PROCESSES) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(running -> runtimeService.deleteProcessInstance(running.getId(), "ny testomgång"));
        }
        jdbc.sql("delete from samverkan.promise_follow_up").update();
        jdbc.sql("update samverkan.cooperation_agreement set previous_id = null").update();
        jdbc.sql("delete from samverkan.cooperation_agreement").update();
        jdbc.sql("delete from samverkan.event_plan").update();
        jdbc.sql("delete from samverkan.coordinated_event").update();
        jdbc.sql("delete from samverkan.decision_record").update();
        jdbc.sql("delete from samverkan.district_plan").update();
        jdbc.sql("delete from samverkan.coordination_phase").update();
        jdbc.sql("insert into samverkan.coordination_phase (phase, set_at, set_by) values ('normal', current_timestamp, 'test')")
                .update();
        jdbc.sql("update samverkan.intervention set matter_id = null").update();
        jdbc.sql("delete from samverkan.matter").update();
        jdbc.sql("delete from samverkan.meeting").update();
        jdbc.sql("delete from samverkan.intervention").update();
        jdbc.sql("delete from samverkan.problem_evaluation").update();
        jdbc.sql("delete from samverkan.picture_streak").update();
        jdbc.sql("delete from samverkan.picture_problem").update();
        jdbc.sql("delete from samverkan.situational_picture").update();
        jdbc.sql("delete from samverkan.incident_report").update();
    }

    /**
     * After a scenario that fired the meetings' and EST's timers with the engine clock moved ahead, sets their
     * next times from the real clock again (call after {@code ClockUtil.reset()}): otherwise each scenario that
     * holds a meeting pushes the next one months ahead for every scenario after it in the shared application.
     */
    public static void timersFromNow(ManagementService managementService) {
        for (String key : List.of("est-weekly-cycle", "coordination-group-meeting", "steering-group-meeting",
                "political-steering-group-meeting")) {
            managementService.createJobQuery().processDefinitionKey(key).timers().list().stream()
                    .filter(timer -> timer.getProcessInstanceId() == null)
                    .forEach(timer -> managementService.recalculateJobDuedate(timer.getId(), false));
        }
    }
}
