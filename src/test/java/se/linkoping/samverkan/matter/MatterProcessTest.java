package se.linkoping.samverkan.matter;

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
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.at;

import java.time.OffsetDateTime;
import java.util.List;

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

import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code matter}, path by path, storage mocked: raised and handled at its level's meeting; escalated
 * and then closed; acute, asking for an extra meeting; waiting too long, the convener choosing an extra
 * meeting or the next ordinary one. The meeting's decision arrives as the message the meetings send.
 */
@Deployment(resources = {"bpmn/matter.bpmn", "forms/matter-start.form", "forms/matter-waiting.form"})
class MatterProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private final Matters matters = mock(Matters.class);
    private final MatterTexts matterTexts = mock(MatterTexts.class);
    private final ChainTexts chainTexts = mock(ChainTexts.class);
    private final MeetingSchedule schedule = mock(MeetingSchedule.class);

    @BeforeEach
    void registerBeans() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(at("2026-11-24T10:00"));
        Mocks.register("matters", matters);
        Mocks.register("matterTexts", matterTexts);
        Mocks.register("chainTexts", chainTexts);
        Mocks.register("meetingSchedule", schedule);
        Mocks.register("registerMatter", new RegisterMatterDelegate(matters));
        Mocks.register("requestExtraMeetingForAcute", new RequestExtraMeetingForAcuteDelegate(matters));
        Mocks.register("requestExtraMeetingForWaiting", new RequestExtraMeetingForWaitingDelegate(matters));
        Mocks.register("recordConvenerAction", new RecordConvenerActionDelegate(matters));
        when(matters.register(any(), anyString(), any(), any())).thenReturn(3L);
        when(matterTexts.factsOf(anyString())).thenReturn("Oro kring centrumhuset. Väntar sedan 24 november 2026.");
        when(chainTexts.decisionsOf(anyString())).thenReturn("Tidigare beslut: inga.");
        when(chainTexts.interventionsOf(anyString())).thenReturn("Inga insatser är beslutade.");
        when(chainTexts.pictureOf(anyString())).thenReturn("Senaste lägesbilden, vecka 47 2026: …");
        when(schedule.waitAlertCycle("coordination-group")).thenReturn("R/P35D");
        when(schedule.waitAlertCycle("steering-group")).thenReturn("R/P160D");
        waitingAt(MeetingBody.COORDINATION_GROUP, false);
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void aMatterWaitsForItsLevelsMeetingAndIsHandledThere() {
        ProcessInstance instance = raise(false);

        assertThat(instance).isWaitingAt("Task_AwaitMeetingDecision").hasBusinessKey("arende-3");
        verify(matters).register(isNull(), eq(instance.getId()), eq(new NewMatter("Oro kring centrumhuset",
                "Stök kvällstid sedan september.", "coordination-group", "skaggetorp", "ordningsstorning", false)),
                any());
        verify(matters, never()).requestExtraMeeting(anyString(), anyString(), any());

        decided(instance, "HANDLED");

        assertThat(instance).isEnded().hasPassedInOrder("Task_RegisterMatter", "Task_AwaitMeetingDecision",
                "EndEvent_Decided", "Gateway_Outcome", "EndEvent_MatterHandled");
    }

    @Test
    void anEscalatedMatterWaitsForTheNextLevelWhichMayCloseIt() {
        ProcessInstance instance = raise(false);
        Job firstTimer = timer(instance);
        assertThat(firstTimer.getDuedate()).isEqualTo(at("2026-12-29T10:00"));

        waitingAt(MeetingBody.STEERING_GROUP, false);
        decided(instance, "ESCALATED");

        // waiting again, now for the steering group, with that body's limit
        assertThat(instance).isWaitingAt("Task_AwaitMeetingDecision");
        assertThat(timer(instance).getDuedate()).isEqualTo(at("2027-05-03T10:00"));

        decided(instance, "CLOSED");
        assertThat(instance).isEnded().hasPassed("EndEvent_MatterClosed").hasNotPassed("EndEvent_MatterHandled");
    }

    @Test
    void anAcuteMatterAsksForAnExtraMeeting() {
        waitingAt(MeetingBody.COORDINATION_GROUP, true);

        ProcessInstance instance = raise(true);

        assertThat(instance).hasPassed("Task_RequestExtraMeetingForAcute").isWaitingAt("Task_AwaitMeetingDecision");
        verify(matters).requestExtraMeeting(eq(instance.getId()), eq("Akut ärende"), any());
    }

    @Test
    void aMatterWaitingTooLongLetsTheConvenerCallAnExtraMeeting() {
        ProcessInstance instance = raise(false);
        when(matters.convenerAction(anyString(), eq("EXTRA_MEETING"), any(), any())).thenReturn(true);

        Task alert = waitTooLong(instance);
        // the convener's, not the whole body's
        assertThat(taskService().getIdentityLinksForTask(alert.getId())).extracting(link -> link.getGroupId())
                .containsExactly("coordination-group-convener");
        assertThat(alert.getName()).isEqualTo("Ärendet väntar för länge: Oro kring centrumhuset");
        assertThat(taskService().getVariable(alert.getId(), "matterFacts")).asString().contains("Väntar sedan");
        // the convener reads the whole chain too: the decisions before, the interventions and the picture
        assertThat(taskService().getVariables(alert.getId())).containsEntry("matterDecisions", "Tidigare beslut: inga.")
                .containsEntry("matterInterventions", "Inga insatser är beslutade.")
                .containsEntry("matterPicture", "Senaste lägesbilden, vecka 47 2026: …");
        taskService().complete(alert.getId(), Variables.putValue("convenerAction", "EXTRA_MEETING"));

        assertThat(instance).hasPassed("Task_RecordConvenerAction", "Task_RequestExtraMeetingForWaiting",
                "EndEvent_ExtraMeetingCalled").isWaitingAt("Task_AwaitMeetingDecision");
        verify(matters).requestExtraMeeting(eq(instance.getId()),
                eq("Ärendet har väntat längre än mötesrytmen tillåter"), any());
    }

    @Test
    void theConvenerMayLeaveItForTheNextOrdinaryMeetingAndTheDecisionEndsAnOpenAlert() {
        ProcessInstance instance = raise(false);
        when(matters.convenerAction(anyString(), eq("NEXT_MEETING"), any(), any())).thenReturn(false);

        taskService().complete(waitTooLong(instance).getId(), Variables.putValue("convenerAction", "NEXT_MEETING")
                .putValue("convenerComment", "Tas upp 8 januari."));
        assertThat(instance).hasPassed("EndEvent_AwaitsOrdinaryMeeting").hasNotPassed("Task_RequestExtraMeetingForWaiting");
        verify(matters).convenerAction(eq(instance.getId()), eq("NEXT_MEETING"), eq("Tas upp 8 januari."), any());

        // the alert comes again after another period; left open, it ends with the decision
        waitTooLong(instance);
        decided(instance, "HANDLED");
        assertThat(instance).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aConvenerWithoutAChoiceKeepsTheTask() {
        ProcessInstance instance = raise(false);
        when(matters.convenerAction(anyString(), isNull(), any(), any()))
                .thenThrow(new Refusal(List.of("Välj om ärendet ska tas upp på ett extra möte.")));

        Task alert = waitTooLong(instance);
        assertThatThrownBy(() -> taskService().complete(alert.getId()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Valet sparades inte");
        assertThat(taskService().createTaskQuery().taskId(alert.getId()).count()).isEqualTo(1);
    }

    @Test
    void theAlertGoesToTheConvenerOfTheBodyTheMatterWaitsAtAndANonConvenerIsRefused() {
        waitingAt(MeetingBody.STEERING_GROUP, false);
        ProcessInstance instance = raise(false);
        Task alert = waitTooLong(instance);
        assertThat(alert).hasCandidateGroup("steering-group-convener");
        when(matters.convenerAction(anyString(), any(), any(), any())).thenThrow(new Refusal(Refusal.Kind.FORBIDDEN,
                null, List.of(new Refusal.Reason(null, "Bara den som har rollen ”Sammankallande, styrgruppen” "
                        + "(i dag: Maria Ek) eller en administratör kan välja."))));

        assertThatThrownBy(() -> taskService().complete(alert.getId(), Variables.putValue("convenerAction",
                "EXTRA_MEETING"))).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Valet sparades inte").hasMessageContaining("Maria Ek");
        assertThat(instance).isWaitingAt("Task_AlertConvener", "Task_AwaitMeetingDecision")
                .hasNotPassed("Task_RequestExtraMeetingForWaiting");
    }

    @Test
    void aRefusedMatterStartsNothing() {
        when(matters.register(any(), anyString(), any(), any()))
                .thenThrow(new Refusal(List.of("Stadsdelen ”atlantis” finns inte: välj en stadsdel i listan.")));

        assertThatThrownBy(() -> raise(false)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Ärendet sparades inte").hasMessageContaining("atlantis");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aMatterTheApplicationRaisedKeepsItsBusinessKey() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("matter", "arende-3");

        verify(matters).register(eq("arende-3"), eq(instance.getId()), any(), any());
        assertThat(instance).hasBusinessKey("arende-3").isWaitingAt("Task_AwaitMeetingDecision");
    }

    private ProcessInstance raise(boolean acute) {
        return runtimeService().startProcessInstanceByKey("matter", Variables.putValue("title", "Oro kring centrumhuset")
                .putValue("description", "Stök kvällstid sedan september.").putValue("level", "coordination-group")
                .putValue("district", "skaggetorp").putValue("category", "ordningsstorning").putValue("acute", acute));
    }

    private void waitingAt(MeetingBody level, boolean acute) {
        when(matters.of(anyString())).thenReturn(new Matter(3L, "Oro kring centrumhuset", null, "skaggetorp",
                "ordningsstorning", level, acute, MatterOrigin.BODY, null, null, MatterStatus.WAITING, null,
                OffsetDateTime.now(), "johan.berg", OffsetDateTime.now(), "pi"));
    }

    private void decided(ProcessInstance instance, String outcome) {
        when(matters.lastOutcome(instance.getId())).thenReturn(outcome);
        runtimeService().createMessageCorrelation(Matters.DECIDED_MESSAGE).processInstanceId(instance.getId())
                .correlate();
    }

    private Task waitTooLong(ProcessInstance instance) {
        Job timer = timer(instance);
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        return taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_AlertConvener").active().list().stream()
                .reduce((first, second) -> second).orElseThrow();
    }

    private static Job timer(ProcessInstance instance) {
        return managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_WaitedTooLong").singleResult();
    }
}
