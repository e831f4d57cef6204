package se.linkoping.samverkan.eventcoordination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code event-coordination}, path by path, storage mocked: the participants plan three weeks before,
 * the joint briefing two days before, the evaluation a week after — without a matter, or raising one.
 * The timers are relative to the event's date and fire by moving the engine clock.
 */
@Deployment(resources = {"bpmn/event-coordination.bpmn", "forms/event-start.form", "forms/event-planning.form",
        "forms/event-briefing.form", "forms/event-evaluation.form"})
class EventCoordinationProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private final CoordinatedEvents events = mock(CoordinatedEvents.class);
    private final EventTexts texts = mock(EventTexts.class);
    /** Raising a matter is tested in ElementTemplatesTest and on the databases. */
    private final JavaDelegate raiseMatter = mock(JavaDelegate.class);

    @BeforeEach
    void registerBeans() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(at("2027-03-01T10:00"));
        Mocks.register("events", events);
        Mocks.register("registerEvent", new RegisterEventDelegate(events));
        Mocks.register("eventTexts", texts);
        Mocks.register("recordEventPlan", new RecordPlanDelegate(events));
        Mocks.register("recordEventBriefing", new RecordBriefingDelegate(events));
        Mocks.register("recordEventEvaluation", new RecordEvaluationDelegate(events));
        Mocks.register("raiseMatter", raiseMatter);
        when(events.register(any(), any(), anyString())).thenReturn(4L);
        when(events.of(anyString())).thenReturn(new CoordinatedEvents.Event(4L, "Valborg i Trädgårdsföreningen",
                LocalDate.of(2027, 4, 30), "innerstaden", "Innerstaden", 8000, "Linköpings kommun",
                List.of("police", "culture-leisure")));
        when(texts.facts(anyString())).thenReturn("Valborg i Trädgårdsföreningen, 2027-04-30 i Innerstaden.");
        when(texts.plans(anyString())).thenReturn("• Polisen: två patruller.");
        when(events.planningAt(anyString())).thenReturn(at("2027-04-09T08:00"));
        when(events.briefingAt(anyString())).thenReturn(at("2027-04-28T08:00"));
        when(events.evaluationAt(anyString())).thenReturn(at("2027-05-07T08:00"));
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void theParticipantsPlanMeetBeforeAndTheGroupEvaluatesAfter() throws Exception {
        ProcessInstance instance = start();
        assertThat(instance).hasBusinessKey("handelse-4").isWaitingAt("Timer_PlanningDue");
        assertThat(timer(instance).getDuedate()).isEqualTo(at("2027-04-09T08:00"));

        fire(instance);
        List<Task> plans = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_PlanForEvent").orderByTaskId().asc().list();
        assertThat(plans).extracting(Task::getName).containsOnly("Planera inför: Valborg i Trädgårdsföreningen");
        assertThat(plans).extracting(task -> taskService().getIdentityLinksForTask(task.getId()).get(0).getGroupId())
                .containsExactlyInAnyOrder("police", "culture-leisure");
        for (Task plan : plans) {
            taskService().complete(plan.getId(), Variables.putValue("plan", "Två patruller kvällstid."));
        }
        verify(events, org.mockito.Mockito.times(2)).recordPlan(anyString(), eq("Två patruller kvällstid."), any());

        assertThat(instance).isWaitingAt("Timer_BriefingDue");
        assertThat(timer(instance).getDuedate()).isEqualTo(at("2027-04-28T08:00"));
        fire(instance);
        Task briefing = task(instance, "Task_JointBriefing");
        assertThat(taskService().getVariable(briefing.getId(), "plans")).isEqualTo("• Polisen: två patruller.");
        taskService().complete(briefing.getId(), Variables.putValue("briefingNotes", "Samlingsplats vid entrén."));
        verify(events).recordBriefing(eq(instance.getId()), eq("Samlingsplats vid entrén."), any());

        assertThat(timer(instance).getDuedate()).isEqualTo(at("2027-05-07T08:00"));
        fire(instance);
        taskService().complete(task(instance, "Task_EvaluateEvent").getId(), Variables.putValue("findings",
                "Lugnt; bra belysning.").putValue("needsMatter", "no"));

        assertThat(instance).isEnded().hasPassedInOrder("Task_RegisterEvent", "Timer_PlanningDue", "Task_PlanForEvent",
                "Task_RecordPlan", "Timer_BriefingDue", "Task_JointBriefing", "Task_RecordBriefing",
                "Timer_EvaluationDue", "Task_EvaluateEvent", "Task_RecordEvaluation", "EndEvent_Evaluated");
        verify(raiseMatter, never()).execute(any());
    }

    @Test
    void findingsThatNeedADecisionRaiseAMatter() throws Exception {
        ProcessInstance instance = start();
        fire(instance);
        taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_PlanForEvent")
                .list().forEach(plan -> taskService().complete(plan.getId(), Map.of("plan", "Klart.")));
        fire(instance);
        taskService().complete(task(instance, "Task_JointBriefing").getId(), Map.of("briefingNotes", "Klart."));
        fire(instance);

        taskService().complete(task(instance, "Task_EvaluateEvent").getId(), Variables.putValue("findings",
                "Trängsel vid utgången.").putValue("needsMatter", "yes").putValue("matterTitle", "Trängsel vid Valborg")
                .putValue("matterLevel", "coordination-group"));

        assertThat(instance).isEnded().hasPassed("Task_RaiseMatter", "EndEvent_MatterRaised");
        verify(events).recordEvaluation(eq(instance.getId()), eq("Trängsel vid utgången."), eq(true),
                eq("Trängsel vid Valborg"), any());
        verify(raiseMatter).execute(any());
    }

    @Test
    void refusedInputStartsNothingOrKeepsTheTaskOpen() {
        when(events.register(any(), any(), anyString()))
                .thenThrow(new Refusal(List.of("Datumet 2027-01-01 har redan passerat.")));
        assertThatThrownBy(this::start).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Samordningen startades inte").hasMessageContaining("har redan passerat");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

        org.mockito.Mockito.reset(events, texts);
        registerBeans();
        ProcessInstance instance = start();
        fire(instance);
        doThrow(new Refusal(List.of("Planering saknas."))).when(events).recordPlan(anyString(), any(), any());
        Task plan = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_PlanForEvent").list().get(0);
        assertThatThrownBy(() -> taskService().complete(plan.getId())).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Det sparades inte").hasMessageContaining("Planering saknas");
        assertThat(taskService().createTaskQuery().taskId(plan.getId()).count()).isEqualTo(1);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("event-coordination", Variables
                .putValue("eventName", "Valborg i Trädgårdsföreningen").putValue("eventDate", "2027-04-30")
                .putValue("district", "innerstaden").putValue("expectedVisitors", 8000L)
                .putValue("organiser", "Linköpings kommun").putValue("participants", "police,culture-leisure"));
    }

    private static void fire(ProcessInstance instance) {
        Job job = timer(instance);
        ClockUtil.setCurrentTime(job.getDuedate());
        execute(job);
    }

    private static Job timer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    }

    private static Task task(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }
}
