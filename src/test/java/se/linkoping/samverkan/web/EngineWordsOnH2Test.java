package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * No engine English reaches staff: a start form or task form that Samverkan refuses is answered by Camunda's REST
 * API (which Tasklist calls) in Camunda's shape, with the Swedish reason alone as its message — not "Cannot
 * instantiate process definition incident-report:1:…:" in front of it.
 */
@OnH2
class EngineWordsOnH2Test extends Scenario {

    private static final String START = "/engine-rest/process-definition/key/incident-report/submit-form";

    @Test
    void aRefusedStartFormSaysTheSwedishReasonAlone() {
        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.EST_POLICE)
                .post(START, Map.of("variables", report("vald-hot", OffsetDateTime.now().plusDays(2))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertSwedishAlone(refused.getBody(), "Rapporten sparades inte.");
    }

    @Test
    void aRefusedTaskFormSaysTheSwedishReasonAlone() {
        ResponseEntity<JsonNode> started = RestClient.as(http, DemoLogins.EST_POLICE)
                .post(START, Map.of("variables", report("vald-hot", OffsetDateTime.now().minusHours(1))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        Task assessment = taskService.createTaskQuery().processInstanceId(started.getBody().get("id").asText())
                .singleResult();

        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.EST_POLICE).post(
                "/engine-rest/task/" + assessment.getId() + "/submit-form",
                Map.of("variables", Map.of("assessment", Map.of("value", " ", "type", "String"),
                        "immediateAction", Map.of("value", false, "type", "Boolean"))));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertSwedishAlone(refused.getBody(), null);
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).count()).isOne();
    }

    @Test
    void whatIsNotOursKeepsCamundasAnswer() {
        ResponseEntity<JsonNode> missing = RestClient.as(http, DemoLogins.ADMIN).get("/engine-rest/task/no-such-task");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("type").asText()).isNotBlank();
        assertThat(missing.getBody().get("message").asText()).contains("no-such-task");
    }

    private static void assertSwedishAlone(JsonNode body, String beginning) {
        String message = body.get("message").asText();
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(message).doesNotContain("Cannot", "incident-report:", "process definition", "Exception", "task form",
                "org.camunda", "se.linkoping");
        assertThat(message).matches("(?s)[A-ZÅÄÖ].*[.!?]");
        if (beginning != null) {
            assertThat(message).startsWith(beginning);
        }
    }

    private static Map<String, Object> report(String category, OffsetDateTime occurredAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("district", text("ryd"));
        variables.put("place", text("Rydstorget"));
        variables.put("category", text(category));
        variables.put("occurredAt", text(occurredAt.toString()));
        variables.put("description", text("Bråk vid torget."));
        variables.put("source", text("polis"));
        return variables;
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }
}
