package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.matter.Matter;
import se.linkoping.samverkan.matter.MatterDecision;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code coordination-group-meeting}, path by path, storage mocked: an ordinary meeting by the phase's
 * cycle — agenda prepared, one decision per matter (one with an intervention), the tertial analysis
 * before the steering group meets — and an extra meeting asked for by message.
 */
@Deployment(resources = {"bpmn/coordination-group-meeting.bpmn", "forms/meeting-agenda.form",
        "forms/matter-decision.form", "forms/district-plan-proposal.form"})
class CoordinationGroupMeetingProcessTest extends MeetingProcessFixture {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private final DistrictPlans districtPlans = mock(DistrictPlans.class);
    private final DistrictPlanTexts districtPlanTexts = mock(DistrictPlanTexts.class);
    private final ReferenceData referenceData = mock(ReferenceData.class);

    CoordinationGroupMeetingProcessTest() {
        super(engine, "coordination-group-meeting");
    }

    @BeforeEach
    void registerBeans() {
        when(schedule.coordinationGroupCycle()).thenReturn("R/2026-01-08T09:00:00/P1M");
        Mocks.register("districtPlans", districtPlans);
        Mocks.register("districtPlanTexts", districtPlanTexts);
        Mocks.register("referenceData", referenceData);
        Mocks.register("recordDistrictPlan", new RecordDistrictPlanDelegate(districtPlans));
        when(matters.get(31L)).thenReturn(matter(31L, "Oro kring centrumhuset", 7L));
        when(matters.get(32L)).thenReturn(matter(32L, "Försenad insats: belysning", null));
        when(matterTexts.facts(anyLong())).thenReturn("Nivå: Lednings- och samordningsgruppen.");
        when(referenceData.districtName("ryd")).thenReturn("Ryd");
        when(districtPlanTexts.districtFacts("ryd")).thenReturn("Ryd, de senaste 17 veckorna: …");
        when(meetings.decisionsDue(anyString())).thenReturn(at("2026-12-08T16:00"));
    }

    @Test
    void theGroupMeetsByItsCycleDecidesEachMatterAndProposesThePlansBeforeTheSteeringGroup() throws Exception {
        when(agendas.matters(anyString())).thenReturn(List.of(31L, 32L));
        when(districtPlans.tertialDistricts(anyString())).thenReturn(List.of("ryd"));
        when(matters.decide(anyString(), anyString(), any(), any(), any()))
                .thenReturn(matter(31L, "Oro kring centrumhuset", 7L), matter(32L, "Försenad insats: belysning", null));

        Job cycle = timer();
        assertThat(cycle.getDuedate()).isEqualTo(at("2026-12-08T09:00"));
        ProcessInstance instance = fire(cycle);

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.COORDINATION_GROUP), eq(false), any(), any());
        // the next meeting is one period on
        assertThat(timer().getDuedate()).isEqualTo(at("2027-01-08T09:00"));

        // the agenda is compiled in a job of its own, then prepared by the security unit or district coordinators
        compileAndPrepareAgenda(instance, "Polisen redovisar läget.", "security-unit", "district-coordinators");

        List<Task> decisions = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DecideMatter").taskCandidateGroup("coordination-group").orderByTaskName()
                .asc().list();
        assertThat(decisions).extracting(Task::getName).containsExactly(
                "Besluta om ärende: Försenad insats: belysning", "Besluta om ärende: Oro kring centrumhuset");
        // the group's decisions are due on the day it meets
        assertThat(decisions).extracting(Task::getDueDate).containsOnly(at("2026-12-08T16:00"));
        verify(matters, times(2)).assignDecision(anyString(), anyLong());
        taskService().complete(decisions.get(1).getId(), Variables.putValue("outcome", "HANDLED")
                .putValue("rationale", "Förvaltningarna samordnar sig här.").putValue("title", "Trygghetsvandring")
                .putValue("responsibleGroup", "district-coordinators").putValue("dueDate", "2026-12-18"));
        taskService().complete(decisions.get(0).getId(), Variables.putValue("outcome", "ESCALATED")
                .putValue("rationale", "Kräver resurser utöver förvaltningarnas budget."));
        verify(startIntervention, times(1)).execute(any());
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("HANDLED",
                "Förvaltningarna samordnar sig här.", null, true)), any(), any());
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("ESCALATED",
                "Kräver resurser utöver förvaltningarnas budget.", null, false)), any(), any());

        Task propose = task(instance, "Task_ProposeDistrictPlan");
        assertThat(propose.getName()).isEqualTo("Föreslå mål, lägesbild och handlingsplan: Ryd");
        assertThat(propose.getDueDate()).isEqualTo(at("2026-12-08T16:00"));
        verify(districtPlans).assignProposal(anyString(), eq(instance.getId()), eq("ryd"));
        taskService().complete(propose.getId(), Variables.putValue("goals", "Färre rapporter om våld vid torget.")
                .putValue("picture", "Våldet ökar kvällstid.").putValue("actionPlan", "Polis och fältare kvällstid."));
        verify(districtPlans).proposePlan(anyString(), eq("Färre rapporter om våld vid torget."),
                eq("Våldet ökar kvällstid."), eq("Polis och fältare kvällstid."), any());

        assertThat(instance).isEnded().hasPassedInOrder("Timer_MeetingCycle", "Task_CompileAgenda",
                "Task_PrepareAgenda", "Task_RecordAgenda", "Task_DecideMatter", "Task_RecordMatterDecision",
                "Task_StartIntervention", "Task_ProposeDistrictPlan", "Task_RecordDistrictPlan", "Task_CloseMeeting",
                "EndEvent_MeetingHeld");
        assertThat(instance).hasPassed("EndEvent_MatterDecided", "EndEvent_InterventionStarted");
        verify(meetings).close(instance.getId());
    }

    @Test
    void anExtraMeetingIsCalledByMessageWithAReason() {
        when(agendas.matters(anyString())).thenReturn(List.of());
        when(districtPlans.tertialDistricts(anyString())).thenReturn(List.of());

        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(
                MeetingBody.COORDINATION_GROUP.extraMeetingMessage(),
                Variables.putValue("reason", "Akut ärende: skottlossning i Berga"));

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.COORDINATION_GROUP), eq(true),
                eq("Akut ärende: skottlossning i Berga"), any());
        prepareAgenda(instance);

        // nothing to decide, no tertial analysis: the meeting is held
        assertThat(instance).isEnded().hasPassed("StartEvent_ExtraMeeting", "Task_CloseMeeting")
                .hasNotPassed("Task_DecideMatter", "Task_ProposeDistrictPlan");
    }

    @Test
    void anExtraMeetingWithoutAReasonIsNotCalled() {
        when(meetings.open(anyString(), any(), eq(true), any(), any()))
                .thenThrow(new Refusal(List.of("Skäl till extra möte saknas.")));

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByMessage(
                MeetingBody.COORDINATION_GROUP.extraMeetingMessage()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Mötet kallades inte");
        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    void aRefusedDecisionKeepsTheTaskOpen() {
        when(agendas.matters(anyString())).thenReturn(List.of(31L));
        when(matters.decide(anyString(), anyString(), any(), any(), any()))
                .thenThrow(new Refusal(List.of("Motivering saknas: skriv kort varför beslutet fattas.")));
        ProcessInstance instance = fire(timer());
        prepareAgenda(instance);

        Task decide = task(instance, "Task_DecideMatter");
        assertThatThrownBy(() -> taskService().complete(decide.getId(), Variables.putValue("outcome", "ESCALATED")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Beslutet sparades inte")
                .hasMessageContaining("Motivering saknas");
        assertThat(instance).isWaitingAt("Task_DecideMatter");
    }

    @Test
    void refusedAgendaNotesOrPlansKeepTheirTasksOpen() {
        when(agendas.matters(anyString())).thenReturn(List.of());
        when(districtPlans.tertialDistricts(anyString())).thenReturn(List.of("ryd"));
        org.mockito.Mockito.doThrow(new Refusal(List.of("Anteckningar innehåller ett personnummer.")))
                .when(meetings).recordAgenda(anyString(), eq("850709-9805"), any());
        org.mockito.Mockito.doThrow(new Refusal(List.of("Mål saknas.")))
                .when(districtPlans).proposePlan(anyString(), org.mockito.ArgumentMatchers.isNull(), any(), any(), any());
        ProcessInstance instance = fire(timer());
        runJob(instance);

        Task prepare = task(instance, "Task_PrepareAgenda");
        assertThatThrownBy(() -> taskService().complete(prepare.getId(), Variables.putValue("agendaNotes", "850709-9805")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Dagordningen sparades inte");
        taskService().complete(prepare.getId());
        Task propose = task(instance, "Task_ProposeDistrictPlan");
        assertThatThrownBy(() -> taskService().complete(propose.getId(), Variables.putValue("picture", "Lugnt.")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Förslaget sparades inte");
        assertThat(instance).isWaitingAt("Task_ProposeDistrictPlan");
    }

    private static Matter matter(long id, String title, Long problemId) {
        return new Matter(id, title, null, "ryd", "vald-hot", MeetingBody.COORDINATION_GROUP, false,
                MatterOrigin.EST, problemId, null, MatterStatus.ON_AGENDA, 1L, OffsetDateTime.now(), "system",
                OffsetDateTime.now(), "pi-" + id);
    }
}
