package se.linkoping.samverkan.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.BrowserScript;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;

/**
 * Tasklist and every Camunda Form meet WCAG 2.1 A/AA as staff use them: {@code browser-tests/accessibility.mjs} runs
 * axe-core in Debian's Chromium (sv-SE) over the login page, the task list, a task, the start dialog with every
 * start form, the filter dialogs, and every form of a user task opened by a user of its candidate group
 * ({@link FormTasks}), and fails on any serious or critical finding, naming rule, element and help. Then
 * {@code browser-tests/keyboard.mjs} has an EST member open, fill and complete a report's assessment with the
 * keyboard alone, the focus visible at every step; this class checks that the engine has it completed by her.
 * Screenshots go to {@code target/browser-screenshots/accessibility/}. Runs only with {@code -Pbrowser-tests}.
 */
@OnH2
class TasklistAccessibilityInBrowserTest extends Scenario {

    static final Path SCREENSHOTS = BrowserScript.PROJECT.resolve("target/browser-screenshots/accessibility");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;

    private FormTasks formTasks;

    /** The processes of the forms removed: the other browser tests share this application. */
    @AfterEach
    void removeFormTasks() {
        if (formTasks != null) {
            formTasks.remove();
        }
    }

    @Test
    void tasklistAndEveryFormHaveNoSeriousOrCriticalFindingForTheirUsers() throws Exception {
        formTasks = new FormTasks(repositoryService, runtimeService, taskService, authorizationService);
        List<FormTasks.FormTask> tasks = formTasks.start();
        List<String> startForms = FormTasks.startForms();
        // every form of forms/ is checked: in a task, or in the start dialog
        List<String> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.map(file -> file.getFileName().toString().replace(".form", "")).toList();
        }
        assertThat(Stream.concat(tasks.stream().map(FormTasks.FormTask::form), startForms.stream()))
                .containsExactlyInAnyOrderElementsOf(forms)
                .contains("incident-report-assessment", "est-problem-analysis", "incident-report-start");
        Files.createDirectories(SCREENSHOTS);
        Path list = SCREENSHOTS.resolve("form-tasks.json");
        new ObjectMapper().writeValue(list.toFile(), Map.of("tasks", tasks, "startForms", startForms));

        BrowserScript.run("browser-tests/accessibility.mjs", port, SCREENSHOTS, 12, list.toString());
    }

    @Test
    void anEstMemberCompletesAnAssessmentWithTheKeyboardAlone() throws Exception {
        // the browser tests share one application: other tests' assessments are in its history before this one
        Set<String> before = historyService.createHistoricTaskInstanceQuery().taskDefinitionKey("Task_AssessReport")
                .finished().list().stream().map(HistoricTaskInstance::getId).collect(Collectors.toSet());

        BrowserScript.run("browser-tests/keyboard.mjs", port, SCREENSHOTS, 4);

        List<HistoricTaskInstance> finished = historyService.createHistoricTaskInstanceQuery()
                .taskDefinitionKey("Task_AssessReport").finished().list().stream()
                .filter(task -> !before.contains(task.getId())).toList();
        assertThat(finished).as("the assessment completed in Tasklist").hasSize(1);
        HistoricTaskInstance assessment = finished.get(0);
        assertThat(assessment.getAssignee()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(jdbc.sql("select assessed_by from samverkan.incident_report where process_instance_id = ?")
                .params(assessment.getProcessInstanceId()).query(String.class).single()).isEqualTo(DemoLogins.EST_POLICE);
    }
}
