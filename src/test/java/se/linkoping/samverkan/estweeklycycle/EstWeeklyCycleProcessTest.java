package se.linkoping.samverkan.estweeklycycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;
import static se.linkoping.samverkan.support.Times.at;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.support.ProcessTests;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code est-weekly-cycle}, path by path, with the real decision tables and the cycle's storage
 * mocked (it is tested against real databases in {@code WeeklyCycleOnH2Test}). The timer is fired by
 * moving the engine's clock, never by waiting.
 */
@Deployment(resources = {"bpmn/est-weekly-cycle.bpmn", "bpmn/problem-priority.dmn", "bpmn/escalation-level.dmn",
        "bpmn/responsible-actor.dmn", "forms/est-problem-analysis.form", "forms/est-weekly-summary.form",
        "forms/est-analysis-reminder.form", "forms/est-intervention-decision.form"})
class EstWeeklyCycleProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private static final Week WEEK_47 = new Week(LocalDate.of(2026, 11, 16), STOCKHOLM);

    private final WeeklyCycle cycle = mock(WeeklyCycle.class);
    /** Starting the intervention process is tested with it, in InterventionProcessTest and on the databases. */
    private final JavaDelegate startIntervention = mock(JavaDelegate.class);
    /** Raising a matter is tested in MatterProcessTest and on the databases. */
    private final JavaDelegate raiseMatterForProblem = mock(JavaDelegate.class);
    private final Interventions interventions = mock(Interventions.class);

    @BeforeEach
    void registerBeans() {
        ProcessTests.bindAssertions(engine);
        // Sunday evening: the next cycle is Monday 07:00
        ClockUtil.setCurrentTime(at("2026-11-22T20:00"));
        Mocks.register("estSchedule", new EstSchedule("0 0 7 ? * MON", Duration.ofDays(2)));
        Mocks.register("weeklyCycle", cycle);
        Mocks.register("compileWeeklyPicture", new CompileWeeklyPictureDelegate(cycle));
        Mocks.register("recordProblemAnalysis", new RecordProblemAnalysisDelegate(cycle));
        Mocks.register("recordWeeklySummary", new RecordWeeklySummaryDelegate(cycle));
        Mocks.register("recordPrioritisation", new RecordPrioritisationDelegate(cycle));
        Mocks.register("startIntervention", startIntervention);
        Mocks.register("raiseMatterForProblem", raiseMatterForProblem);
        Mocks.register("interventions", interventions);
        when(interventions.followUpOf("est")).thenReturn("• Polisen patrullerar – Polisen, klar senast 2026-11-20 (FÖRSENAD)");
        Mocks.register("recordEstDecision", new RecordEstDecisionDelegate(cycle));
        when(cycle.weekToCompile()).thenReturn(WEEK_47);
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void estAnalysesEachProblemSummarisesTheWeekAndTheTablesPrioritiseTheConfirmedOnes() throws Exception {
        when(cycle.compile(eq(WEEK_47), anyString())).thenReturn(Optional.of(7L));
        when(cycle.problemCount(7L)).thenReturn(2);
        when(cycle.problemIds(7L)).thenReturn(List.of(11L, 12L));
        when(cycle.problem(11L)).thenReturn(problem(11L, "vald-hot", true, 4, Trend.RISING, "centrum", 1, "est"));
        when(cycle.problem(12L)).thenReturn(problem(12L, "skadegorelse", false, 2, Trend.STABLE, "bostadsomrade", 3,
                "coordination-group"));
        when(cycle.facts(any(Long.class))).thenReturn("2 rapporter förra veckan.");
        when(cycle.confirmedProblems(anyString())).thenReturn(List.of(11L, 12L));
        when(cycle.weeksPersisting(11L, 1)).thenReturn(1);
        when(cycle.weeksPersisting(12L, 4)).thenReturn(0);
        when(cycle.problemsWithinMandate(anyString())).thenReturn(List.of(11L));
        when(cycle.recordDecision(anyString(), anyString(), eq(true), anyString(), any())).thenReturn(11L);

        ProcessInstance instance = fireWeeklyTimer();

        assertThat(instance).isWaitingAt("Task_AnalyseProblem").hasBusinessKey("lagesbild-2026-11-16")
                .variables().containsEntry("weekLabel", "vecka 47 2026").containsEntry("pictureId", 7L);
        List<Task> analyses = taskService().createTaskQuery().taskDefinitionKey("Task_AnalyseProblem")
                .taskCandidateGroup("est").orderByTaskName().asc().list();
        assertThat(analyses).extracting(Task::getName)
                .containsExactly("Analysera: Ryd – skadegorelse", "Analysera: Ryd – vald-hot");
        for (Task analysis : analyses) {
            taskService().complete(analysis.getId(), Variables.putValue("decision", "confirm")
                    .putValue("placeType", "centrum").putValue("departmentsInvolved", 2L)
                    .putValue("policeKnowledge", "Känt från tidigare."));
        }
        verify(cycle).assignAnalysis(anyString(), eq(11L));
        // each analysis is stored with who submitted it (here the engine's own test run, without a user)
        verify(cycle, times(2)).analyseProblem(anyString(), eq(new ProblemInput("confirm", null, "centrum", 2, false,
                false, "Känt från tidigare.")), eq(CurrentUser.SYSTEM));

        assertThat(instance).isWaitingAt("Task_SummariseWeek");
        assertThat(task()).hasCandidateGroup("est");
        // EST follows up its interventions as it sums up the week
        assertThat(taskService().getVariable(task().getId(), "interventionsToFollowUp")).asString()
                .contains("FÖRSENAD");
        taskService().complete(task().getId(), Variables.putValue("analysisSummary", "Våld vid Rydstorget ökar."));
        // the week is analysed within the time: the reminder that had not come yet never comes
        assertThat(instance).hasPassed("EndEvent_WeekAnalysed");
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
        // the summary is saved on its own; the decision tables run in a job of their own after it
        assertThat(instance).isWaitingAt("SubProcess_PrioritiseProblems#multiInstanceBody");
        execute(job("SubProcess_PrioritiseProblems#multiInstanceBody", instance));
        // the confirmed problems one at a time, each in a job of its own
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("SubProcess_PrioritiseProblems").count()).isEqualTo(1);
        verify(cycle, never()).recordPrioritisation(any(Long.class), any(Integer.class), any(Integer.class), any());
        execute(job("SubProcess_PrioritiseProblems", instance));
        verify(cycle).recordPrioritisation(11L, 1, 1, "est");
        assertThat(managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("SubProcess_PrioritiseProblems").count()).isEqualTo(1);
        runJobs();

        // problem 11 stays within EST's mandate: EST decides its intervention, the table proposes the police
        Task decide = taskService().createTaskQuery().taskDefinitionKey("Task_DecideIntervention").singleResult();
        assertThat(decide.getName()).isEqualTo("Besluta insats: Ryd – vald-hot");
        assertThat(taskService().getVariable(decide.getId(), "responsibleGroup")).isEqualTo("police");
        taskService().complete(decide.getId(), Variables.putValue("intervene", "yes")
                .putValue("rationale", "Akut våld: polisen finns redan på plats.")
                .putValue("title", "Polisen patrullerar kvällstid").putValue("responsibleGroup", "police")
                .putValue("dueDate", "2026-12-04"));
        verify(cycle).assignDecision(anyString(), eq(11L));
        verify(cycle).recordDecision(anyString(), eq(instance.getId()), eq(true),
                eq("Akut våld: polisen finns redan på plats."), any());

        assertThat(instance).isEnded().hasPassedInOrder("Task_RecordSummary", "Task_PrioritiseProblem",
                "Task_DecideEscalationLevel", "Task_RecordPrioritisation", "Task_ProposeResponsible",
                "Task_DecideIntervention", "Task_RecordEstDecision", "Task_StartIntervention",
                "EndEvent_PictureAnalysed");
        verify(startIntervention).execute(any());
        verify(cycle).summarise(eq(instance.getId()), eq("Våld vid Rydstorget ökar."), any());
        // vald-hot, 4 reports, violence: acute; one department, no resources or policy: within EST's mandate
        verify(cycle).recordPrioritisation(11L, 1, 1, "est");
        // vandalism, 2 reports, stable: low; three departments must act: the coordination group
        verify(cycle).recordPrioritisation(12L, 4, 0, "coordination-group");
        // ... where it goes as a matter; problem 11 does not
        assertThat(instance).hasPassed("Task_RaiseMatter", "EndEvent_MatterRaised", "EndEvent_ProblemPrioritised");
        verify(raiseMatterForProblem, times(1)).execute(any());
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(instance.getId())
                .decisionDefinitionKey("problem-priority").count()).isEqualTo(2);
    }

    @Test
    void estMayDecideNoInterventionForNow() throws Exception {
        ProcessInstance instance = waitingForAnalysis();
        when(cycle.confirmedProblems(anyString())).thenReturn(List.of(21L));
        when(cycle.problemsWithinMandate(anyString())).thenReturn(List.of(21L));
        when(cycle.weeksPersisting(21L, 4)).thenReturn(0);
        taskService().complete(task(instance).getId(), Variables.putValue("decision", "confirm"));
        taskService().complete(task(instance).getId(), Variables.putValue("analysisSummary", "Lugnt."));
        runJobs();

        when(cycle.recordDecision(anyString(), anyString(), eq(false), any(), any())).thenReturn(21L);
        taskService().complete(task(instance).getId(), Variables.putValue("intervene", "no")
                .putValue("rationale", "Enstaka rapport; följs i nästa vecka."));

        assertThat(instance).isEnded().hasPassed("EndEvent_NoIntervention").hasNotPassed("Task_StartIntervention");
        verify(startIntervention, never()).execute(any());
    }

    @Test
    void theWeekIsCompiledInTheTimersJobAndEachProblemIsPreparedInAJobOfItsOwn() {
        when(cycle.compile(eq(WEEK_47), anyString())).thenReturn(Optional.of(7L));
        when(cycle.problemCount(7L)).thenReturn(2);
        when(cycle.problemIds(7L)).thenReturn(List.of(11L, 12L));
        when(cycle.problem(any(Long.class))).thenReturn(problem(11L, "vald-hot", true, 4, Trend.RISING, "centrum", 1,
                "est"));

        ProcessInstance instance = fireTimerOnly();

        // the picture is stored with the timer's job; no task is created in it
        assertThat(instance).isWaitingAt("Task_CompilePicture");
        verify(cycle).compile(eq(WEEK_47), anyString());
        assertThat(taskService().createTaskQuery().count()).isZero();
        execute(job("Task_CompilePicture", instance));
        // one job per problem, each creating that problem's analysis task
        List<Job> perProblem = managementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("SubProcess_AnalyseProblems").list();
        assertThat(perProblem).hasSize(2);
        assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").count()).isZero();
        execute(perProblem.get(0));
        assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").count()).isEqualTo(1);
        execute(perProblem.get(1));
        assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").count()).isEqualTo(2);
        verify(cycle, times(2)).assignAnalysis(anyString(), any(Long.class));
    }

    @Test
    void theCycleRunsOnMondayMorningsSwedishTime() {
        Job timer = managementService().createJobQuery().timers().singleResult();

        ZonedDateTime due = timer.getDuedate().toInstant().atZone(STOCKHOLM);
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 23, 7, 0));
    }

    @Test
    void aWeekCompiledBeforeIsNotCompiledAgain() {
        when(cycle.compile(eq(WEEK_47), anyString())).thenReturn(Optional.empty());

        ProcessInstance instance = fireWeeklyTimer();

        assertThat(instance).isEnded().hasPassed("EndEvent_AlreadyCompiled").hasNotPassed("Task_AnalyseProblem");
        verify(cycle, never()).problemIds(any(Long.class));
    }

    @Test
    void aQuietWeekNeedsNoAnalysis() {
        when(cycle.compile(eq(WEEK_47), anyString())).thenReturn(Optional.of(8L));
        when(cycle.problemCount(8L)).thenReturn(0);

        ProcessInstance instance = fireWeeklyTimer();

        assertThat(instance).isEnded().hasPassed("EndEvent_QuietWeek").hasNotPassed("Task_AnalyseProblem");
    }

    @Test
    void theSecurityUnitIsRemindedWhenTheAnalysisTarries() {
        ProcessInstance instance = waitingForAnalysis();
        Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant()
                .plus(Duration.ofDays(2))));

        ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));
        managementService().executeJob(reminder.getId());

        assertThat(instance).isWaitingAt("Task_AnalyseProblem", "Task_RemindAnalysis");
        String remind = taskService().createTaskQuery().taskDefinitionKey("Task_RemindAnalysis").singleResult().getId();
        assertThat(taskService().createTaskQuery().taskId(remind).taskCandidateGroup("security-unit").count())
                .isEqualTo(1);
        taskService().complete(remind, Variables.putValue("reminderNote", "Talat med kommunpolisen."));
        assertThat(instance).hasPassed("EndEvent_Reminded").isWaitingAt("Task_AnalyseProblem");
    }

    @Test
    void aReminderNobodyHandledEndsWithTheAnalysis() {
        ProcessInstance instance = waitingForAnalysis();
        Job reminder = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(reminder.getDuedate().toInstant().plusSeconds(60)));
        managementService().executeJob(reminder.getId());
        when(cycle.confirmedProblems(anyString())).thenReturn(List.of());

        taskService().complete(taskService().createTaskQuery().taskDefinitionKey("Task_AnalyseProblem").singleResult()
                .getId(), Variables.putValue("decision", "dismiss"));
        assertThat(instance).isWaitingAt("Task_SummariseWeek", "Task_RemindAnalysis");
        taskService().complete(taskService().createTaskQuery().taskDefinitionKey("Task_SummariseWeek").singleResult()
                .getId(), Variables.putValue("analysisSummary", "Lugnt."));
        // EST has finished: the security unit's reminder ends with it, before the decision tables run
        assertThat(taskService().createTaskQuery().taskDefinitionKey("Task_RemindAnalysis").count()).isZero();
        assertThat(instance).hasPassed("EndEvent_WeekAnalysed").isWaitingAt(
                "SubProcess_PrioritiseProblems#multiInstanceBody");
        runJobs();

        assertThat(instance).isEnded().hasPassed("EndEvent_PictureAnalysed").hasNotPassed("EndEvent_Reminded");
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aRefusedAnalysisKeepsTheTaskOpen() {
        ProcessInstance instance = waitingForAnalysis();
        doThrow(new Refusal(List.of("Välj vilken typ av plats det gäller.")))
                .when(cycle).analyseProblem(anyString(), any(), any());

        assertThatThrownBy(() -> taskService().complete(task(instance).getId(), Variables.putValue("placeType", "")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Analysen sparades inte")
                .hasMessageContaining("typ av plats");

        assertThat(instance).isWaitingAt("Task_AnalyseProblem");
    }

    @Test
    void aRefusedSummaryKeepsTheTaskOpen() {
        ProcessInstance instance = waitingForAnalysis();
        taskService().complete(task(instance).getId(), Variables.putValue("decision", "dismiss"));
        doThrow(new Refusal(List.of("Veckans sammanfattning saknas.")))
                .when(cycle).summarise(eq(instance.getId()), any(), any());

        assertThatThrownBy(() -> taskService().complete(task(instance).getId(),
                Variables.putValue("analysisSummary", "")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Sammanfattningen sparades inte");

        assertThat(instance).isWaitingAt("Task_SummariseWeek");
    }

    private ProcessInstance waitingForAnalysis() {
        when(cycle.compile(eq(WEEK_47), anyString())).thenReturn(Optional.of(9L));
        when(cycle.problemCount(9L)).thenReturn(1);
        when(cycle.problemIds(9L)).thenReturn(List.of(21L));
        when(cycle.problem(21L)).thenReturn(problem(21L, "narkotika", false, 1, Trend.STABLE, "park-idrott", 1, "est"));
        when(cycle.facts(21L)).thenReturn("1 rapport förra veckan.");
        return fireWeeklyTimer();
    }

    /**
     * Moves the clock to the timer's due time and fires it, as the job executor would, and runs the steps that
     * follow in jobs of their own.
     *
     * @return the instance the timer started, running or already ended
     */
    private ProcessInstance fireWeeklyTimer() {
        ProcessInstance instance = fireTimerOnly();
        runJobs();
        return instance;
    }

    private ProcessInstance fireTimerOnly() {
        Job timer = managementService().createJobQuery().timers().processDefinitionKey("est-weekly-cycle")
                .singleResult();
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        HistoricProcessInstance started = historyService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("est-weekly-cycle").singleResult();
        ExecutionEntity instance = new ExecutionEntity();
        instance.setId(started.getId());
        instance.setProcessInstanceId(started.getId());
        instance.setProcessDefinitionId(started.getProcessDefinitionId());
        return instance;
    }

    /** Runs the asynchronous steps (not the timers) as the job executor would, each job on its own, until none is left. */
    private static void runJobs() {
        List<Job> jobs;
        while (!(jobs = managementService().createJobQuery().processDefinitionKey("est-weekly-cycle").messages().list())
                .isEmpty()) {
            jobs.forEach(BpmnAwareTests::execute);
        }
    }

    private static PictureProblem problem(long id, String category, boolean violence, int reports, Trend trend,
                                          String placeType, Integer departments, String level) {
        return new PictureProblem(id, 7L, "ryd", "Ryd", category, category, violence, null, reports, 1.0, trend, 1,
                ProblemStatus.CONFIRMED, null, placeType, departments, false, false, null, null, level);
    }
}
