package se.linkoping.samverkan.intervention;

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
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.at;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.springframework.beans.factory.ObjectProvider;

import se.linkoping.samverkan.matter.MattersByRule;
import se.linkoping.samverkan.matter.RaiseOverdueMatterDelegate;
import se.linkoping.samverkan.notification.TaskMails;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;
import se.linkoping.samverkan.system.EngineClock;

/**
 * {@code intervention}, path by path, storage mocked: carried out and followed up; reminded before the
 * due date; late, and the coordination group alerted. Timers fire by moving the engine clock.
 */
@Deployment(resources = {"bpmn/intervention.bpmn", "forms/intervention-carry-out.form",
        "forms/intervention-follow-up.form"})
class InterventionProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private final Interventions interventions = mock(Interventions.class);
    private final MattersByRule mattersByRule = mock(MattersByRule.class);
    private final TaskMails mails = mock(TaskMails.class);

    @BeforeEach
    void registerBeans() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(at("2026-11-24T10:00"));
        Mocks.register("interventionSchedule", new InterventionSchedule(Duration.ofDays(3), Duration.ofDays(7),
                Duration.ofDays(14), new EngineClock(STOCKHOLM)));
        Mocks.register("registerIntervention", new RegisterInterventionDelegate(interventions));
        @SuppressWarnings("unchecked")
        ObjectProvider<TaskMails> mailProvider = mock(ObjectProvider.class);
        when(mailProvider.getIfAvailable()).thenReturn(mails);
        Mocks.register("remindResponsible", new RemindResponsibleDelegate(interventions, mailProvider));
        Mocks.register("recordInterventionResult", new RecordInterventionResultDelegate(interventions));
        Mocks.register("recordInterventionFollowUp", new RecordInterventionFollowUpDelegate(interventions));
        Mocks.register("raiseOverdueMatter", new RaiseOverdueMatterDelegate(mattersByRule));
        Mocks.register("interventions", interventions);
        when(interventions.register(any(), any(), anyString())).thenReturn(5L);
        // tasks and timers read the stored intervention, not the variables a task could change
        when(interventions.of(anyString())).thenReturn(new Intervention(5L, "Belysning vid Rydstorget",
                "urban-planning", LocalDate.of(2026, 12, 18), "est", 11L, null, InterventionStatus.ONGOING));
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void theResponsibleGroupCarriesItOutAndTheDecidingBodyFollowsItUp() {
        ProcessInstance instance = decide();

        assertThat(instance).isWaitingAt("Task_CarryOutIntervention").hasBusinessKey("insats-5");
        Task carryOut = task(instance, "Task_CarryOutIntervention");
        assertThat(carryOut.getName()).isEqualTo("Genomför insats: Belysning vid Rydstorget");
        assertThat(carryOut.getDueDate()).isEqualTo(at("2026-12-18T16:00"));
        assertThat(taskService().createTaskQuery().taskId(carryOut.getId()).taskCandidateGroup("urban-planning")
                .count()).isEqualTo(1);
        verify(interventions).register(eq(new InterventionDecision("Belysning vid Rydstorget",
                "Byt trasiga armaturer.", "urban-planning", "2026-12-18", "est", 11L, null)), any(), eq(instance.getId()));

        // variables set on completion change neither who follows up nor what the task is called
        ClockUtil.setCurrentTime(at("2026-12-16T11:30"));
        taskService().complete(carryOut.getId(), Variables.putValue("result", "Tolv armaturer bytta.")
                .putValue("decidedByBody", "urban-planning").putValue("title", "Annat"));
        Task followUp = task(instance, "Task_FollowUpIntervention");
        assertThat(followUp.getName()).isEqualTo("Följ upp insats: Belysning vid Rydstorget");
        // the follow-up is due a set period (14 days) after the result was reported, at the end of the working day
        assertThat(followUp.getDueDate()).isEqualTo(at("2026-12-30T16:00"));
        assertThat(taskService().createTaskQuery().taskId(followUp.getId()).taskCandidateGroup("est").count())
                .isEqualTo(1);
        taskService().complete(followUp.getId(), Variables.putValue("effect", "GOOD")
                .putValue("followUpComment", "Inga nya rapporter om mörker."));

        assertThat(instance).isEnded().hasPassedInOrder("Task_RegisterIntervention", "Task_CarryOutIntervention",
                "Task_RecordResult", "Task_FollowUpIntervention", "Task_RecordFollowUp", "EndEvent_FollowedUp");
        verify(interventions).reportResult(eq(instance.getId()), eq("Tolv armaturer bytta."), any());
        verify(interventions).followUp(eq(instance.getId()), eq("GOOD"), eq("Inga nya rapporter om mörker."), any());
    }

    @Test
    void aRefusedDecisionStartsNothing() {
        when(interventions.register(any(), any(), anyString()))
                .thenThrow(new Refusal(List.of("Datumet 2026-01-01 har redan passerat.")));

        assertThatThrownBy(this::decide).isInstanceOf(Refusal.class).hasMessageContaining("har redan passerat");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void theGroupIsRemindedBeforeTheDueDate() {
        ProcessInstance instance = decide();
        Job reminder = timer(instance, "Timer_DueSoon");
        assertThat(reminder.getDuedate()).isEqualTo(at("2026-12-15T08:00"));

        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);

        assertThat(instance).hasPassed("Task_RemindResponsible", "EndEvent_Reminded")
                .isWaitingAt("Task_CarryOutIntervention");
        assertThat(task(instance, "Task_CarryOutIntervention").getPriority())
                .isEqualTo(RemindResponsibleDelegate.URGENT);
        verify(interventions).reminded(instance.getId());
        verify(mails).reminder(anyString(), eq("Genomför insats: Belysning vid Rydstorget"), eq(at("2026-12-18T16:00")),
                eq("urban-planning"));
    }

    @Test
    void aLateInterventionBecomesAMatterForTheCoordinationGroupAndEndsWhenFollowedUp() {
        ProcessInstance instance = decide();
        Job overdue = timer(instance, "Timer_Overdue");
        assertThat(overdue.getDuedate()).isEqualTo(at("2026-12-25T16:00"));

        ClockUtil.setCurrentTime(overdue.getDuedate());
        execute(overdue);

        assertThat(instance).hasPassed("Task_RaiseOverdueMatter", "EndEvent_OverdueMatterRaised")
                .isWaitingAt("Task_CarryOutIntervention");
        verify(mattersByRule).raiseForOverdueIntervention(eq(instance.getId()), any());

        taskService().complete(task(instance, "Task_CarryOutIntervention").getId(),
                Variables.putValue("result", "Klart efter påstötning."));
        taskService().complete(task(instance, "Task_FollowUpIntervention").getId(),
                Variables.putValue("effect", "PARTLY").putValue("followUpComment", "Sent men gjort."));
        assertThat(instance).isEnded();
    }

    @Test
    void aRefusedResultKeepsTheTaskOpen() {
        ProcessInstance instance = decide();
        doThrow(new Refusal(List.of("Resultat saknas."))).when(interventions)
                .reportResult(eq(instance.getId()), any(), any());

        assertThatThrownBy(() -> taskService().complete(task(instance, "Task_CarryOutIntervention").getId(),
                Variables.putValue("result", "")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Resultatet sparades inte");

        assertThat(instance).isWaitingAt("Task_CarryOutIntervention");
    }

    @Test
    void aRefusedFollowUpKeepsTheTaskOpen() {
        ProcessInstance instance = decide();
        taskService().complete(task(instance, "Task_CarryOutIntervention").getId(), Variables.putValue("result", "Gjort."));
        doThrow(new Refusal(List.of("Välj vilken effekt insatsen fick."))).when(interventions)
                .followUp(eq(instance.getId()), any(), any(), any());

        assertThatThrownBy(() -> taskService().complete(task(instance, "Task_FollowUpIntervention").getId(),
                Variables.putValue("followUpComment", "Oklart.")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Uppföljningen sparades inte");

        assertThat(instance).isWaitingAt("Task_FollowUpIntervention");
    }

    private ProcessInstance decide() {
        Map<String, Object> decision = Variables.putValue("title", "Belysning vid Rydstorget")
                .putValue("description", "Byt trasiga armaturer.").putValue("responsibleGroup", "urban-planning")
                .putValue("dueDate", "2026-12-18").putValue("decidedByBody", "est").putValue("problemId", 11L);
        return runtimeService().startProcessInstanceByKey("intervention", decision);
    }

    private static Task task(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    private static Job timer(ProcessInstance instance, String activityId) {
        return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .singleResult();
    }
}
