package se.linkoping.samverkan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

/** Tasks worked on as Tasklist does it, over the REST API as one demo user after another: claimed, then submitted. */
public record TaskForms(TestRestTemplate http, TaskService taskService) {

    /** Submits a form that must be accepted: the task is completed. */
    public void complete(String user, Task task, Map<String, Object> values) {
        ResponseEntity<JsonNode> response = submit(user, task, values);
        assertThat(response.getStatusCode()).as("%s completes %s: %s", user, task.getName(), response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Submits a form that must be refused: the task stays open; returns the Swedish message. */
    public String refusal(String user, Task task, Map<String, Object> values) {
        ResponseEntity<JsonNode> response = submit(user, task, values);
        assertThat(response.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        return response.getBody().get("message").asText();
    }

    /** The candidate groups of a task. */
    public List<String> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId())
                .filter(java.util.Objects::nonNull).toList();
    }

    /** Claims (when nobody has) and submits a task's form through the REST API, as Tasklist does. */
    private ResponseEntity<JsonNode> submit(String user, Task task, Map<String, Object> values) {
        RestClient client = RestClient.as(http, user);
        if (taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() == null) {
            assertThat(client.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", user))
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        return client.post("/engine-rest/task/" + task.getId() + "/submit-form", form(values));
    }

    /** Form values as the REST API takes them. */
    public static Map<String, Object> form(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }
}
