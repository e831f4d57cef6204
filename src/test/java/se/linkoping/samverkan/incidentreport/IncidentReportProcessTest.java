package se.linkoping.samverkan.incidentreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import se.linkoping.samverkan.refusal.Refusal.Reason;
import se.linkoping.samverkan.support.ProcessTests;

/**
 * {@code incident-report}, path by path: the happy path first, then the side paths from where they
 * start. The intake service is mocked: its rules are tested in {@link IncidentReportValidatorTest} and
 * against real databases in the integration tests.
 */
@Deployment(resources = {"bpmn/incident-report.bpmn", "forms/incident-report-start.form",
        "forms/incident-report-assessment.form"})
class IncidentReportProcessTest {

    @RegisterExtension
    static final ProcessEngineCoverageExtension engine = ProcessTests.engineWithCoverage();

    private static final OffsetDateTime OCCURRED = OffsetDateTime.parse("2026-11-20T21:30+01:00");

    private final IncidentIntake intake = mock(IncidentIntake.class);

    @BeforeEach
    void registerDelegates() {
        ProcessTests.bindAssertions(engine);
        Mocks.register("registerIncidentReport", new RegisterIncidentReportDelegate(intake));
        Mocks.register("recordIncidentAssessment", new RecordAssessmentDelegate(intake));
    }

    @AfterEach
    void cleanUp() {
        ProcessTests.cleanUp(engine);
    }

    @Test
    void reportOfAnOrdinaryCategoryIsStoredForTheWeeklyPicture() {
        when(intake.register(any(), eq("anna.lindqvist"), anyString()))
                .thenReturn(registered(41L, false));

        ProcessInstance instance = submitStartForm("anna.lindqvist", report("skadegorelse"));

        assertThat(instance).isEnded()
                .hasPassedInOrder("StartEvent_ReportSubmitted", "Task_RegisterReport", "Gateway_PromptAssessmentNeeded",
                        "EndEvent_ReportRegistered")
                .hasNotPassed("Task_AssessReport")
                .variables().containsEntry("incidentReportId", 41L).containsEntry("promptAssessment", false)
                .doesNotContainKey("occurredAtText"); // only EST's assessment form shows it
        assertThat(instance.getBusinessKey()).isEqualTo("rapport-41");
        verify(intake).register(eq(new IncidentReportSubmission("skaggetorp", "Gillbergska gatan", "skadegorelse",
                "2026-11-20T21:30+01:00", "Klotter på fasaden", "kommun", null)), eq("anna.lindqvist"),
                eq(instance.getId()));
    }

    @Test
    void theReporterIsWhoeverSubmittedNeverAVariable() {
        when(intake.register(any(), anyString(), anyString()))
                .thenReturn(registered(42L, false));
        Map<String, Object> forged = report("skadegorelse");
        forged.put("reporterId", "demo-partner-systems");

        submitStartForm("anna.lindqvist", forged);

        verify(intake).register(any(), eq("anna.lindqvist"), anyString());
    }

    @Test
    void reportOfViolenceIsAssessedByEstAtOnce() {
        when(intake.register(any(), anyString(), anyString()))
                .thenReturn(registered(43L, true));

        ProcessInstance instance = submitStartForm("erik.sandberg", report("vald-hot"));

        assertThat(instance).isWaitingAt("Task_AssessReport").variables()
                .containsEntry("occurredAtText", "2026-11-20 kl. 21:30");
        assertThat(task()).hasCandidateGroup("est").hasName("Bedöm händelsen");
        assertThat(engine.getProcessEngine().getFormService().getTaskFormData(task().getId()).getCamundaFormRef().getKey())
                .isEqualTo("incident-report-assessment");
        assertThat(task().getDueDate()).isAfter(ClockUtil.getCurrentTime());
        assertThat(task().getPriority()).isEqualTo(80);

        taskService().claim(task().getId(), "anna.lindqvist");
        engine.getProcessEngine().getIdentityService().setAuthenticatedUserId("anna.lindqvist");
        taskService().complete(task().getId(), Variables.putValue("assessment", "Känd konflikt, polisen patrullerar.")
                .putValue("immediateAction", true));

        assertThat(instance).isEnded().hasPassedInOrder("Task_AssessReport", "Task_RecordAssessment",
                        "EndEvent_ReportAssessed")
                .hasNotPassed("EndEvent_ReportRegistered");
        verify(intake).assess(instance.getId(), "Känd konflikt, polisen patrullerar.", true, "anna.lindqvist");
    }

    @Test
    void refusedReportLeavesNoInstanceBehind() {
        when(intake.register(any(), anyString(), anyString())).thenThrow(ReportRefusals.rejected(
                List.of(new Reason("description", "Beskrivning innehåller något som ser ut som ett personnummer."))));

        assertThatThrownBy(() -> submitStartForm("anna.lindqvist", report("skadegorelse")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Rapporten sparades inte")
                .hasMessageContaining("personnummer");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
    }

    @Test
    void refusedAssessmentKeepsTheTaskOpen() {
        when(intake.register(any(), anyString(), anyString()))
                .thenReturn(registered(44L, true));
        doThrow(ReportRefusals.rejected(List.of(new Reason("assessment", "Bedömning saknas."))))
                .when(intake).assess(anyString(), any(), anyBoolean(), any());
        ProcessInstance instance = submitStartForm("erik.sandberg", report("vald-hot"));
        Task assessment = task(instance);
        taskService().claim(assessment.getId(), "erik.sandberg");

        assertThatThrownBy(() -> taskService().complete(assessment.getId(), Variables.putValue("assessment", "")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("Bedömningen sparades inte");

        assertThat(instance).isWaitingAt("Task_AssessReport");
    }

    private ProcessInstance submitStartForm(String user, Map<String, Object> variables) {
        ProcessEngine processEngine = engine.getProcessEngine();
        processEngine.getIdentityService().setAuthenticatedUserId(user);
        String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("incident-report").latestVersion().singleResult().getId();
        return processEngine.getFormService().submitStartForm(definitionId, variables);
    }

    private static Map<String, Object> report(String category) {
        return Variables.createVariables()
                .putValue("district", "skaggetorp")
                .putValue("place", "Gillbergska gatan")
                .putValue("category", category)
                .putValue("occurredAt", "2026-11-20T21:30+01:00")
                .putValue("description", "Klotter på fasaden")
                .putValue("source", "kommun");
    }

    private static IncidentIntake.RegisteredReport registered(long id, boolean promptAssessment) {
        return new IncidentIntake.RegisteredReport(id, OCCURRED, OCCURRED.plusMinutes(4), promptAssessment, Map.of());
    }
}
