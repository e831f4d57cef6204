package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.at;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.matter.Matter;
import se.linkoping.samverkan.matter.MatterDecision;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code political-steering-group-meeting}, path by path, storage mocked: an ordinary meeting on its
 * cron date — agenda prepared by the security unit, one decision per matter (one handled with an
 * intervention, one closed), the meeting announced to a process waiting for it — and an extra meeting
 * asked for by message; a refused decision keeps its task open.
 */
@Deployment(resources = {"bpmn/political-steering-group-meeting.bpmn", "forms/meeting-agenda.form",
        "forms/political-matter-decision.form"})
class PoliticalSteeringGroupMeetingProcessTest extends MeetingProcessFixture {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    /** Stands in for the cooperation agreement and the citizen promise, which wait for the meeting. */
    private static final String WAITING_PROCESS = "waits-for-political-meeting";

    /** The deployment of the waiting process, when a test made one: not removed by the engine extension. */
    private String waitingDeployment;

    PoliticalSteeringGroupMeetingProcessTest() {
        super(engine, "political-steering-group-meeting");
    }

    @BeforeEach
    void registerBeans() {
        when(schedule.steeringGroupCron()).thenReturn("0 0 13 10 FEB,MAY,OCT ?");
        when(schedule.politicalSteeringGroupCron()).thenReturn("0 0 13 24 FEB,MAY,OCT ?");
        Mocks.register("announceMeeting", new AnnounceMeetingDelegate(meetings));
        when(matters.get(61L)).thenReturn(matter(61L, "Prioritering i kommunstyrelsens budget: fältarbete", 9L));
        when(matters.get(62L)).thenReturn(matter(62L, "Kameraövervakning vid resecentrum", null));
        when(matterTexts.facts(anyLong())).thenReturn("Nivå: Politiska styrgruppen.");
        when(meetings.decisionsDue(anyString())).thenReturn(at("2027-02-24T16:00"));
    }

    @AfterEach
    void cleanUp() {
        if (waitingDeployment != null) {
            engine.getProcessEngine().getRepositoryService().deleteDeployment(waitingDeployment, true);
        }
    }

    @Test
    void theGroupMeetsOnItsDatesDecidesEachMatterAndAnnouncesTheMeeting() throws Exception {
        when(agendas.matters(anyString())).thenReturn(List.of(61L, 62L));
        when(matters.decide(anyString(), anyString(), any(), any(), any()))
                .thenReturn(matter(61L, "Prioritering i kommunstyrelsens budget: fältarbete", 9L),
                        matter(62L, "Kameraövervakning vid resecentrum", null));
        List<String> interventions = recordInterventionsStarted();
        ProcessInstance waiting = startWaitingProcess();

        Job dates = timer();
        assertThat(dates.getDuedate()).isEqualTo(at("2027-02-24T13:00"));
        ProcessInstance instance = fire(dates);
        when(meetings.of(instance.getId())).thenReturn(new Meeting(77L,
                MeetingBody.POLITICAL_STEERING_GROUP, false, OffsetDateTime.now(), null, MeetingStatus.AGENDA));

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.POLITICAL_STEERING_GROUP), eq(false), any(),
                any());
        // the next meeting is the next date of the cron expression
        assertThat(timer().getDuedate()).isEqualTo(at("2027-05-24T13:00"));

        // the agenda is compiled in a job of its own, then prepared by the security unit
        compileAndPrepareAgenda(instance, "Styrgruppen redovisar tertialen.", "security-unit");

        // with the agenda set, the meeting announces itself in a step of its own: what waits for it is
        // taken up at the meeting, beside the matters
        assertThat(instance).isWaitingAt("Task_AnnounceMeeting");
        assertThat(waiting).isWaitingAt("Receive_MeetingHeld");
        runJob(instance);
        assertThat(waiting).isEnded();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(waiting.getId())
                .variableName("politicalMeetingId").singleResult().getValue()).isEqualTo(77L);

        List<Task> decisions = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DecideMatter").taskCandidateGroup("political-steering-group")
                .orderByTaskName().asc().list();
        assertThat(decisions).extracting(Task::getName).containsExactly(
                "Besluta om ärende: Kameraövervakning vid resecentrum",
                "Besluta om ärende: Prioritering i kommunstyrelsens budget: fältarbete");
        // the group's decisions are due on the day it meets
        assertThat(decisions).extracting(Task::getDueDate).containsOnly(at("2027-02-24T16:00"));
        assertThat(taskService().getVariable(decisions.get(1).getId(), "matterFacts"))
                .isEqualTo("Nivå: Politiska styrgruppen.");
        verify(matters, times(2)).assignDecision(anyString(), anyLong());
        taskService().complete(decisions.get(1).getId(), Variables.putValue("outcome", "HANDLED")
                .putValue("rationale", "Fältarbetet prioriteras i kommunstyrelsens budget.")
                .putValue("directive", "Kommunledningsförvaltningen för in det i verksamhetsplanen.")
                .putValue("title", "Utökat fältarbete").putValue("responsibleGroup", "social-care")
                .putValue("dueDate", "2027-09-30"));
        taskService().complete(decisions.get(0).getId(), Variables.putValue("outcome", "CLOSED")
                .putValue("rationale", "Frågan avgörs av Polismyndigheten."));
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("HANDLED",
                "Fältarbetet prioriteras i kommunstyrelsens budget.",
                "Kommunledningsförvaltningen för in det i verksamhetsplanen.", true)), any(), any());
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("CLOSED",
                "Frågan avgörs av Polismyndigheten.", null, false)), any(), any());
        assertThat(interventions).containsExactly("Task_StartIntervention: Utökat fältarbete, problem 9, matter 61");

        assertThat(instance).isEnded().hasPassedInOrder("Timer_MeetingDates", "Task_CompileAgenda",
                "Task_PrepareAgenda", "Task_RecordAgenda", "Task_AnnounceMeeting", "Task_DecideMatter",
                "Task_RecordMatterDecision", "Task_CloseMeeting", "EndEvent_MeetingHeld");
        assertThat(instance).hasPassed("Task_StartIntervention", "EndEvent_InterventionStarted",
                "EndEvent_MatterDecided");
        verify(meetings).close(instance.getId());
    }

    @Test
    void anExtraMeetingIsCalledByMessageWithAReason() {
        when(agendas.matters(anyString())).thenReturn(List.of());
        when(meetings.of(anyString())).thenReturn(new Meeting(78L, MeetingBody.POLITICAL_STEERING_GROUP,
                true, OffsetDateTime.now(), "Eskalerat ärende: skottlossning i Berga", MeetingStatus.AGENDA));

        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(
                MeetingBody.POLITICAL_STEERING_GROUP.extraMeetingMessage(),
                Variables.putValue("reason", "Eskalerat ärende: skottlossning i Berga"));

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.POLITICAL_STEERING_GROUP), eq(true),
                eq("Eskalerat ärende: skottlossning i Berga"), any());
        prepareAgenda(instance);
        runJob(instance);

        // nothing to decide: the meeting is announced, though nothing waits for it, and held
        assertThat(instance).isEnded().hasPassed("StartEvent_ExtraMeeting", "Task_AnnounceMeeting", "Task_CloseMeeting")
                .hasNotPassed("Timer_MeetingDates", "Task_DecideMatter");
        verify(meetings).close(instance.getId());
    }

    @Test
    void aRefusedDecisionKeepsTheTaskOpen() throws Exception {
        when(agendas.matters(anyString())).thenReturn(List.of(61L));
        when(matters.decide(anyString(), anyString(), any(), any(), any()))
                .thenThrow(new Refusal(List.of("Motivering saknas: skriv kort varför beslutet fattas.")));
        ProcessInstance instance = fire(timer());
        when(meetings.of(instance.getId())).thenReturn(new Meeting(79L,
                MeetingBody.POLITICAL_STEERING_GROUP, false, OffsetDateTime.now(), null, MeetingStatus.AGENDA));
        prepareAgenda(instance);
        runJob(instance);

        Task decide = task(instance, "Task_DecideMatter");
        assertThatThrownBy(() -> taskService().complete(decide.getId(), Variables.putValue("outcome", "HANDLED")
                .putValue("title", "Utökat fältarbete")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Beslutet sparades inte")
                .hasMessageContaining("Motivering saknas");
        assertThat(instance).isWaitingAt("Task_DecideMatter");
        assertThat(task(instance, "Task_DecideMatter").getId()).isEqualTo(decide.getId());
        verify(startIntervention, never()).execute(any());
    }

    /** Deploys and starts a process that waits for the meeting, as the cooperation agreement does. */
    private ProcessInstance startWaitingProcess() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(WAITING_PROCESS).camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Waiting")
                .receiveTask("Receive_MeetingHeld").message(AnnounceMeetingDelegate.MESSAGE)
                .endEvent("EndEvent_Announced")
                .done();
        waitingDeployment = repositoryService().createDeployment().addModelInstance(WAITING_PROCESS + ".bpmn", model)
                .deploy().getId();
        ProcessInstance waiting = runtimeService().startProcessInstanceByKey(WAITING_PROCESS);
        assertThat(waiting).isWaitingAt("Receive_MeetingHeld");
        return waiting;
    }

    private static Matter matter(long id, String title, Long problemId) {
        return new Matter(id, title, null, "berga", "vald-hot", MeetingBody.POLITICAL_STEERING_GROUP, false,
                MatterOrigin.BODY, problemId, null, MatterStatus.ON_AGENDA, 3L, OffsetDateTime.now(), "system",
                OffsetDateTime.now(), "pi-" + id);
    }
}
