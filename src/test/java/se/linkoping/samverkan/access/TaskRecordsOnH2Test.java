package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.Scenario;

/**
 * Comments and attachments follow their task in the engine itself, not only over the REST API: asked in
 * Java as the signed-in user, as a webapp or a plug-in would.
 */
@OnH2
class TaskRecordsOnH2Test extends Scenario {

    @Autowired
    IdentityService identityService;

    private Task task;
    private String attachment;
    private String otherInstance;

    @BeforeEach
    void estsTaskWithAnAttachment() {
        task = taskService.createTaskQuery().processInstanceId(report()).singleResult();
        attachment = taskService.createAttachment("text/plain", task.getId(), null, "anteckning.txt", "Anteckning",
                new ByteArrayInputStream("Anteckning".getBytes(StandardCharsets.UTF_8))).getId();
        otherInstance = report();
    }

    @AfterEach
    void nobodySignedIn() {
        identityService.clearAuthentication();
    }

    @Test
    void othersNeitherReadNorChangeThem() {
        as(DemoLogins.DEPARTMENT_HEAD);

        assertThatThrownBy(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), "Obehörig."))
                .isInstanceOf(NotPermitted.class).hasMessage(TaskRecordsGuard.MAY_NOT_CHANGE);
        assertThatThrownBy(() -> taskService.deleteAttachment(attachment)).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> taskService.getAttachment(attachment)).isInstanceOf(NotPermitted.class)
                .hasMessage(TaskRecordsGuard.MAY_NOT_READ);
        assertThatThrownBy(() -> taskService.getTaskComments(task.getId())).isInstanceOf(NotPermitted.class);
        identityService.clearAuthentication();
        assertThat(taskService.getAttachment(attachment)).isNotNull();
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
    }

    @Test
    void auditorsReadThemAndChangeNothing() {
        taskService.createComment(task.getId(), task.getProcessInstanceId(), "Noterat av EST.");
        as(DemoLogins.AUDITOR);

        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
        assertThat(taskService.getAttachment(attachment).getName()).isEqualTo("anteckning.txt");
        assertThatThrownBy(() -> taskService.createComment(task.getId(), task.getProcessInstanceId(), "Revision."))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> taskService.createAttachment("text/plain", task.getId(), null, "revision.txt", null,
                "https://example.org")).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> taskService.deleteTaskAttachment(task.getId(), attachment))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void theTasksGroupWorksWithThemOnItsTaskOnly() {
        as("demo-est");

        taskService.createComment(task.getId(), task.getProcessInstanceId(), "Polisen kontaktad.");
        assertThat(taskService.getTaskComments(task.getId())).hasSize(1);
        assertThatThrownBy(() -> taskService.createComment(task.getId(), otherInstance, "Fel ärende."))
                .as("a comment of the task in another process").isInstanceOf(NotPermitted.class);
        taskService.deleteAttachment(attachment);
        identityService.clearAuthentication();
        assertThat(taskService.getAttachment(attachment)).isNull();
    }

    private void as(String user) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
    }

    private String report() {
        Map<String, Object> variables = new HashMap<>();
        BypassScenarios.reportOfViolence().forEach((name, value) -> variables.put(name, ((Map<?, ?>) value).get("value")));
        return runtimeService.startProcessInstanceByKey("incident-report", variables).getId();
    }
}
