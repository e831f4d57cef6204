package se.linkoping.samverkan.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static se.linkoping.samverkan.support.Times.at;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import se.linkoping.samverkan.matter.AgendaTexts;
import se.linkoping.samverkan.matter.Agendas;
import se.linkoping.samverkan.matter.ChainTexts;
import se.linkoping.samverkan.matter.CompileAgendaDelegate;
import se.linkoping.samverkan.matter.MatterTexts;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.matter.RecordMatterDecisionDelegate;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * What the process tests of the three meeting processes share: the services every meeting uses, mocked
 * and registered under their bean names with the delegates every meeting runs (opened, agenda compiled
 * and recorded, matters decided, interventions started, closed); the engine clock at 24 November 2026,
 * 10:00; and the steps of a meeting (its timer fired, its next job run, its tasks). Each test registers
 * what only its process has.
 */
abstract class MeetingProcessFixture {

    final Meetings meetings = mock(Meetings.class);
    final Matters matters = mock(Matters.class);
    final MatterTexts matterTexts = mock(MatterTexts.class);
    final ChainTexts chainTexts = mock(ChainTexts.class);
    final Agendas agendas = mock(Agendas.class);
    final AgendaTexts agendaTexts = mock(AgendaTexts.class);
    final MeetingSchedule schedule = mock(MeetingSchedule.class);
    /** Starting the intervention process is tested in InterventionProcessTest and on the databases. */
    final JavaDelegate startIntervention = mock(JavaDelegate.class);

    private final ProcessEngineCoverageExtension engine;
    private final String process;

    /**
     * @param engine  the test class's engine (one per class, for its coverage)
     * @param process the key of the meeting process under test
     */
    MeetingProcessFixture(ProcessEngineCoverageExtension engine, String process) {
        this.engine = engine;
        this.process = process;
    }

    @BeforeEach
    final void registerMeetingBeans() {
        ProcessTests.bindAssertions(engine);
        ClockUtil.setCurrentTime(at("2026-11-24T10:00"));
        Mocks.register("meetingSchedule", schedule);
        Mocks.register("meetings", meetings);
        Mocks.register("matters", matters);
        Mocks.register("matterTexts", matterTexts);
        Mocks.register("chainTexts", chainTexts);
        Mocks.register("agendas", agendas);
        Mocks.register("agendaTexts", agendaTexts);
        Mocks.register("openOrdinaryMeeting", new OpenOrdinaryMeetingListener(meetings));
        Mocks.register("openExtraMeeting", new OpenExtraMeetingListener(meetings));
        Mocks.register("compileAgenda", new CompileAgendaDelegate(agendas));
        Mocks.register("recordAgenda", new RecordAgendaDelegate(meetings));
        Mocks.register("recordMatterDecision", new RecordMatterDecisionDelegate(matters));
        Mocks.register("startIntervention", startIntervention);
        Mocks.register("closeMeeting", new CloseMeetingDelegate(meetings));
        when(agendaTexts.of(anyString())).thenReturn("Ärenden på dagordningen: …");
    }

    @AfterEach
    final void cleanUpEngine() {
        ProcessTests.cleanUp(engine);
    }

    /** The timer of the process's next ordinary meeting. */
    Job timer() {
        return managementService().createJobQuery().processDefinitionKey(process).timers().singleResult();
    }

    /** Runs the timer at its due date: the meeting it opens. */
    ProcessInstance fire(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        managementService().executeJob(timer.getId());
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(process).singleResult();
    }

    /** Runs the meeting's one waiting job: compiling the agenda, or announcing the meeting. */
    static void runJob(ProcessInstance instance) {
        managementService().executeJob(managementService().createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());
    }

    /**
     * The opened meeting's agenda compiled in its job, then prepared by one of the groups that may prepare
     * it, with notes: the compiled agenda shown on the task, the notes recorded.
     */
    void compileAndPrepareAgenda(ProcessInstance instance, String notes, String... preparers) {
        assertThat(instance).isWaitingAt("Task_CompileAgenda");
        runJob(instance);
        verify(agendas).compile(instance.getId());
        Task prepare = task(instance, "Task_PrepareAgenda");
        assertThat(candidateGroups(prepare)).containsExactlyInAnyOrder(preparers);
        assertThat(taskService().getVariable(prepare.getId(), "agenda")).isEqualTo("Ärenden på dagordningen: …");
        taskService().complete(prepare.getId(), Variables.putValue("agendaNotes", notes));
        verify(meetings).recordAgenda(eq(instance.getId()), eq(notes), any());
    }

    /** The opened meeting's agenda compiled and prepared without notes. */
    static void prepareAgenda(ProcessInstance instance) {
        runJob(instance);
        taskService().complete(task(instance, "Task_PrepareAgenda").getId());
    }

    static Task task(ProcessInstance instance, String key) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId).toList();
    }

    /** What each intervention started from: the activity, its title, and the problem and matter it answers. */
    List<String> recordInterventionsStarted() throws Exception {
        List<String> started = new ArrayList<>();
        doAnswer(invocation -> {
            DelegateExecution execution = invocation.getArgument(0);
            started.add(execution.getCurrentActivityId() + ": " + execution.getVariable("title") + ", problem "
                    + execution.getVariable("problemId") + ", matter " + execution.getVariable("matterId"));
            return null;
        }).when(startIntervention).execute(any());
        return started;
    }
}
