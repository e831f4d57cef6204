package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
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
 * {@code steering-group-meeting}, path by path, storage mocked: an ordinary meeting on its cron date —
 * agenda prepared by the security unit, one district plan approved with a task to a department and one
 * returned without, one decision per matter (one with an intervention, one escalated), the coordination
 * group's phase set — and an extra meeting asked for by message; a refused phase and a refused plan
 * decision keep their tasks open.
 */
@Deployment(resources = {"bpmn/steering-group-meeting.bpmn", "forms/meeting-agenda.form",
        "forms/district-plan-decision.form", "forms/matter-decision.form", "forms/coordination-phase.form"})
class SteeringGroupMeetingProcessTest extends MeetingProcessFixture {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private final DistrictPlans districtPlans = mock(DistrictPlans.class);
    private final DistrictPlanTexts districtPlanTexts = mock(DistrictPlanTexts.class);
    private boolean phaseRequested;

    SteeringGroupMeetingProcessTest() {
        super(engine, "steering-group-meeting");
    }

    @BeforeEach
    void registerBeans() {
        when(schedule.steeringGroupCron()).thenReturn("0 0 13 10 FEB,MAY,OCT ?");
        when(schedule.politicalSteeringGroupCron()).thenReturn("0 0 13 24 FEB,MAY,OCT ?");
        Mocks.register("districtPlans", districtPlans);
        Mocks.register("districtPlanTexts", districtPlanTexts);
        Mocks.register("recordPlanDecision", new RecordPlanDecisionDelegate(districtPlans));
        Mocks.register("recordPhase", new RecordPhaseDelegate(meetings));
        when(meetings.currentPhase()).thenReturn("normal");
        when(districtPlans.plan(41L)).thenReturn(plan(41L, "ryd", "Ryd"));
        when(districtPlans.plan(42L)).thenReturn(plan(42L, "skaggetorp", "Skäggetorp"));
        when(districtPlanTexts.planText(41L)).thenReturn("Förslag från lednings- och samordningsgruppen för Ryd. …");
        when(districtPlanTexts.planText(42L)).thenReturn("Förslag från lednings- och samordningsgruppen för Skäggetorp. …");
        when(matters.get(51L)).thenReturn(matter(51L, "Resurser till fältarbete i Berga", 8L));
        when(matters.get(52L)).thenReturn(matter(52L, "Kameraövervakning vid resecentrum", null));
        when(matterTexts.facts(anyLong())).thenReturn("Nivå: Styrgruppen.");
        when(meetings.decisionsDue(anyString())).thenReturn(at("2027-02-10T16:00"));
        // the ordinary meetings decide the phase; an extra one only when a member asks
        when(meetings.decidesPhase(anyString())).thenAnswer(invocation -> !meetings.isExtra(invocation.getArgument(0))
                || phaseRequested);
        when(chainTexts.decisions(anyLong())).thenReturn("Tidigare beslut, det senaste först: …");
        when(chainTexts.meetingNotes(anyString())).thenReturn("Anteckningar till dagordningen: …");
        when(districtPlanTexts.districtFacts("ryd")).thenReturn("Ryd, de senaste 17 veckorna: …");
    }

    @Test
    void theGroupMeetsOnItsDatesDecidesThePlansAndMattersAndSetsThePhase() throws Exception {
        when(districtPlans.plansToDecide(anyString())).thenReturn(List.of(41L, 42L));
        when(agendas.matters(anyString())).thenReturn(List.of(51L, 52L));
        when(matters.decide(anyString(), anyString(), any(), any(), any()))
                .thenReturn(matter(51L, "Resurser till fältarbete i Berga", 8L),
                        matter(52L, "Kameraövervakning vid resecentrum", null));
        List<String> interventions = recordInterventionsStarted();

        Job dates = timer();
        assertThat(dates.getDuedate()).isEqualTo(at("2027-02-10T13:00"));
        ProcessInstance instance = fire(dates);

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.STEERING_GROUP), eq(false), any(), any());
        // the next meeting is the next date of the cron expression
        assertThat(timer().getDuedate()).isEqualTo(at("2027-05-10T13:00"));

        // the agenda is compiled in a job of its own, then prepared by the security unit; at an ordinary
        // meeting the phase is decided anyway, so the form does not ask for it
        runJob(instance);
        assertThat(taskService().getVariable(task(instance, "Task_PrepareAgenda").getId(), "phaseRequestable"))
                .isEqualTo(false);
        verify(agendas).compile(instance.getId());
        Task prepare = task(instance, "Task_PrepareAgenda");
        assertThat(candidateGroups(prepare)).containsExactly("security-unit");
        assertThat(taskService().getVariable(prepare.getId(), "agenda")).isEqualTo("Ärenden på dagordningen: …");
        taskService().complete(prepare.getId(), Variables.putValue("agendaNotes", "Kommunpolisen redovisar läget."));
        verify(meetings).recordAgenda(eq(instance.getId()), eq("Kommunpolisen redovisar läget."), any());

        // one decision per proposed district plan
        List<Task> plans = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DecideDistrictPlan").taskCandidateGroup("steering-group").orderByTaskName()
                .asc().list();
        assertThat(plans).extracting(Task::getName).containsExactly(
                "Fastställ mål, lägesbild och handlingsplan: Ryd",
                "Fastställ mål, lägesbild och handlingsplan: Skäggetorp");
        // the body's decisions are due on the day it meets
        assertThat(plans).extracting(Task::getDueDate).containsOnly(at("2027-02-10T16:00"));
        assertThat(taskService().getVariables(plans.get(0).getId()))
                .containsEntry("districtFacts", "Ryd, de senaste 17 veckorna: …")
                .containsEntry("meetingNotes", "Anteckningar till dagordningen: …");
        assertThat(taskService().getVariable(plans.get(0).getId(), "planText"))
                .isEqualTo("Förslag från lednings- och samordningsgruppen för Ryd. …");
        verify(districtPlans).assignPlanDecision(anyString(), eq(41L));
        verify(districtPlans).assignPlanDecision(anyString(), eq(42L));
        taskService().complete(plans.get(0).getId(), Variables.putValue("planDecision", "APPROVED")
                .putValue("rationale", "Planen svarar mot lägesbilden.")
                .putValue("directive", "Förvaltningarna för in planen i verksamhetsplaneringen.")
                .putValue("title", "Trygghetsvandringar i Ryd").putValue("responsibleGroup", "culture-leisure")
                .putValue("dueDate", "2027-04-30"));
        taskService().complete(plans.get(1).getId(), Variables.putValue("planDecision", "RETURNED")
                .putValue("rationale", "Handlingsplanen saknar ansvariga."));
        verify(districtPlans).decidePlan(anyString(), eq(instance.getId()), eq("APPROVED"),
                eq("Planen svarar mot lägesbilden."), eq("Förvaltningarna för in planen i verksamhetsplaneringen."),
                eq(true), anyString());
        verify(districtPlans).decidePlan(anyString(), eq(instance.getId()), eq("RETURNED"),
                eq("Handlingsplanen saknar ansvariga."), isNull(), eq(false), anyString());
        // the task to the department answers the plan, not a problem or a matter
        assertThat(interventions).containsExactly("Task_GiveDepartmentTask: Trygghetsvandringar i Ryd, problem null, matter null");

        // then one decision per matter on the agenda
        List<Task> decisions = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_DecideMatter").taskCandidateGroup("steering-group").orderByTaskName()
                .asc().list();
        assertThat(decisions).extracting(Task::getName).containsExactly(
                "Besluta om ärende: Kameraövervakning vid resecentrum",
                "Besluta om ärende: Resurser till fältarbete i Berga");
        assertThat(decisions).extracting(Task::getDueDate).containsOnly(at("2027-02-10T16:00"));
        // each decision has the whole chain in front of it: the decisions before and this meeting's notes
        assertThat(taskService().getVariables(decisions.get(0).getId()))
                .containsEntry("matterDecisions", "Tidigare beslut, det senaste först: …")
                .containsEntry("meetingNotes", "Anteckningar till dagordningen: …");
        verify(matters, times(2)).assignDecision(anyString(), anyLong());
        taskService().complete(decisions.get(1).getId(), Variables.putValue("outcome", "HANDLED")
                .putValue("rationale", "Socialförvaltningen prioriterar fältarbetet i budgeten.")
                .putValue("title", "Fältarbete kvällstid i Berga").putValue("responsibleGroup", "social-care")
                .putValue("dueDate", "2027-06-30"));
        taskService().complete(decisions.get(0).getId(), Variables.putValue("outcome", "ESCALATED")
                .putValue("rationale", "Kräver beslut om kommunstyrelsens budget."));
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("HANDLED",
                "Socialförvaltningen prioriterar fältarbetet i budgeten.", null, true)), any(), any());
        verify(matters).decide(anyString(), eq(instance.getId()), eq(new MatterDecision("ESCALATED",
                "Kräver beslut om kommunstyrelsens budget.", null, false)), any(), any());
        assertThat(interventions).hasSize(2)
                .endsWith("Task_StartIntervention: Fältarbete kvällstid i Berga, problem 8, matter 51");

        // last, the coordination group's phase
        Task phase = task(instance, "Task_DecidePhase");
        assertThat(candidateGroups(phase)).containsExactly("steering-group");
        assertThat(phase.getDueDate()).isEqualTo(at("2027-02-10T16:00"));
        assertThat(taskService().getVariable(phase.getId(), "currentPhase")).isEqualTo("normal");
        taskService().complete(phase.getId(), Variables.putValue("phase", "förhöjd")
                .putValue("phaseRationale", "Fler skjutningar i länet den senaste tertialen."));
        verify(meetings).setPhase(eq(instance.getId()), eq("förhöjd"),
                eq("Fler skjutningar i länet den senaste tertialen."), any(), any());

        assertThat(instance).isEnded().hasPassedInOrder("Timer_MeetingDates", "Task_CompileAgenda",
                "Task_PrepareAgenda", "Task_RecordAgenda", "Task_DecideDistrictPlan", "Task_RecordPlanDecision",
                "Task_DecideMatter", "Task_RecordMatterDecision", "Task_DecidePhase", "Task_RecordPhase",
                "Task_CloseMeeting", "EndEvent_MeetingHeld");
        assertThat(instance).hasPassed("Task_GiveDepartmentTask", "EndEvent_TaskGiven", "EndEvent_PlanDecided",
                "Task_StartIntervention", "EndEvent_InterventionStarted", "EndEvent_MatterDecided");
        verify(meetings).close(instance.getId());
    }

    @Test
    void anExtraMeetingIsCalledByMessageWithAReasonAndDecidesNoPhase() {
        when(districtPlans.plansToDecide(anyString())).thenReturn(List.of());
        when(agendas.matters(anyString())).thenReturn(List.of());
        when(meetings.isExtra(anyString())).thenReturn(true);

        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(
                MeetingBody.STEERING_GROUP.extraMeetingMessage(),
                Variables.putValue("reason", "Eskalerat ärende: skottlossning i Berga"));

        verify(meetings).open(eq(instance.getId()), eq(MeetingBody.STEERING_GROUP), eq(true),
                eq("Eskalerat ärende: skottlossning i Berga"), any());
        runJob(instance);
        Task prepare = task(instance, "Task_PrepareAgenda");
        assertThat(taskService().getVariable(prepare.getId(), "phaseRequestable")).isEqualTo(true);
        taskService().complete(prepare.getId());

        // called for a single matter: the coordination group's phase is not on its agenda
        verify(meetings, never()).requestPhaseDecision(anyString());
        assertThat(instance).isEnded().hasPassed("StartEvent_ExtraMeeting", "Gateway_PhaseOnAgenda",
                        "Gateway_PhaseHandled", "Task_CloseMeeting")
                .hasNotPassed("Timer_MeetingDates", "Task_DecideDistrictPlan", "Task_DecideMatter",
                        "Task_DecidePhase", "Task_RecordPhase");
        verify(meetings, never()).setPhase(anyString(), any(), any(), any(), any());
        verify(meetings).close(instance.getId());
    }

    @Test
    void anExtraMeetingDecidesThePhaseWhenAMemberAsksForIt() {
        when(districtPlans.plansToDecide(anyString())).thenReturn(List.of());
        when(agendas.matters(anyString())).thenReturn(List.of());
        when(meetings.isExtra(anyString())).thenReturn(true);
        doAnswer(invocation -> phaseRequested = true).when(meetings).requestPhaseDecision(anyString());

        ProcessInstance instance = runtimeService().startProcessInstanceByMessage(
                MeetingBody.STEERING_GROUP.extraMeetingMessage(), Variables.putValue("reason", "Läget i Skäggetorp"));
        runJob(instance);
        taskService().complete(task(instance, "Task_PrepareAgenda").getId(), Variables.putValue("phaseRequested", true)
                .putValue("agendaNotes", "Ordföranden vill ta upp fasen."));
        verify(meetings).requestPhaseDecision(instance.getId());

        Task phase = task(instance, "Task_DecidePhase");
        assertThat(taskService().getVariable(phase.getId(), "phase")).isEqualTo("normal");
        taskService().complete(phase.getId(), Variables.putValue("phaseRationale", "Läget är oförändrat."));
        verify(meetings).setPhase(eq(instance.getId()), eq("normal"), eq("Läget är oförändrat."), any(), any());
        assertThat(instance).isEnded().hasPassed("StartEvent_ExtraMeeting", "Task_RecordPhase", "Task_CloseMeeting")
                .hasNotPassed("Timer_MeetingDates", "Task_DecideDistrictPlan", "Task_DecideMatter");
    }

    @Test
    void aRefusedPhaseKeepsTheTaskOpen() {
        when(districtPlans.plansToDecide(anyString())).thenReturn(List.of());
        when(agendas.matters(anyString())).thenReturn(List.of());
        doThrow(new Refusal(List.of("Välj fas för lednings- och samordningsgruppen: lugn, normal eller förhöjd.")))
                .when(meetings).setPhase(anyString(), any(), any(), any(), any());
        ProcessInstance instance = fire(timer());
        prepareAgenda(instance);

        Task phase = task(instance, "Task_DecidePhase");
        assertThatThrownBy(() -> taskService().complete(phase.getId(), Variables.putValue("phase", "akut")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Fasen sparades inte")
                .hasMessageContaining("Välj fas");
        assertThat(instance).isWaitingAt("Task_DecidePhase");
        assertThat(task(instance, "Task_DecidePhase").getId()).isEqualTo(phase.getId());
        verify(meetings, never()).close(anyString());
    }

    @Test
    void aRefusedPlanDecisionKeepsTheTaskOpen() throws Exception {
        when(districtPlans.plansToDecide(anyString())).thenReturn(List.of(41L));
        when(districtPlans.decidePlan(anyString(), anyString(), any(), any(), any(), anyBoolean(), any()))
                .thenThrow(new Refusal(List.of("Motivering saknas: skriv kort varför beslutet fattas.")));
        ProcessInstance instance = fire(timer());
        prepareAgenda(instance);

        Task decide = task(instance, "Task_DecideDistrictPlan");
        assertThatThrownBy(() -> taskService().complete(decide.getId(), Variables.putValue("planDecision", "APPROVED")
                .putValue("title", "Trygghetsvandringar i Ryd")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Beslutet sparades inte")
                .hasMessageContaining("Motivering saknas");
        assertThat(instance).isWaitingAt("Task_DecideDistrictPlan");
        // nothing is given to a department for a decision that was not saved
        verify(startIntervention, never()).execute(any());
    }

    private static DistrictPlan plan(long id, String district, String districtName) {
        return new DistrictPlan(id, district, districtName, "Färre rapporter om våld.", "Våldet ökar kvällstid.",
                "Polis och fältare kvällstid.", "coordination-group", DistrictPlanStatus.PROPOSED);
    }

    private static Matter matter(long id, String title, Long problemId) {
        return new Matter(id, title, null, "berga", "vald-hot", MeetingBody.STEERING_GROUP, false,
                MatterOrigin.BODY, problemId, null, MatterStatus.ON_AGENDA, 2L, OffsetDateTime.now(), "system",
                OffsetDateTime.now(), "pi-" + id);
    }
}
