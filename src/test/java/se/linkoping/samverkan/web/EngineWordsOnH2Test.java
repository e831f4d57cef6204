package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.OnH2;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * No engine English reaches staff: a start form or task form that Samverkan refuses is answered by Camunda's REST
 * API (which Tasklist calls) in Camunda's shape, with the Swedish reason alone as its message — not "Cannot
 * instantiate process definition incident-report:1:…:" in front of it — on {@code /engine-rest} and on the webapps'
 * own path ({@code /camunda/api/engine}) that Tasklist calls; a required field left out says only what is missing.
 * What is not Samverkan's refusal keeps Camunda's answer.
 */
@OnH2
class EngineWordsOnH2Test extends Scenario {

    private static final String START = "/engine-rest/process-definition/key/incident-report/submit-form";
    private static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

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
    void aRefusedStartFormOnTasklistsWaySaysTheSwedishReasonAlone() {
        HttpHeaders tasklist = tasklistHeaders(DemoLogins.EST_POLICE);

        ResponseEntity<JsonNode> refused = http.exchange(TASKLIST_ENGINE + "/process-definition/key/incident-report/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", report("vald-hot", OffsetDateTime.now().plusDays(2))),
                        tasklist), JsonNode.class);

        assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertSwedishAlone(refused.getBody(), "Rapporten sparades inte.");
    }

    @Test
    void aMissingRequiredFieldSaysOnlyWhatIsMissing() {
        Map<String, Object> withoutPlace = report("vald-hot", OffsetDateTime.now().minusHours(1));
        withoutPlace.remove("place");

        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.EST_POLICE)
                .post(START, Map.of("variables", withoutPlace));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertSwedishAlone(refused.getBody(), "Rapporten sparades inte.");
        assertThat(refused.getBody().get("message").asText()).contains("Plats saknas");
    }

    @Test
    void aTaskFormWithoutItsRequiredFieldSaysOnlyWhatIsMissing() {
        HttpHeaders tasklist = tasklistHeaders(DemoLogins.EST_POLICE);
        ResponseEntity<JsonNode> started = RestClient.as(http, DemoLogins.EST_POLICE)
                .post(START, Map.of("variables", report("vald-hot", OffsetDateTime.now().minusHours(1))));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        Task assessment = taskService.createTaskQuery().processInstanceId(started.getBody().get("id").asText())
                .singleResult();

        ResponseEntity<JsonNode> refused = http.exchange(TASKLIST_ENGINE + "/task/" + assessment.getId() + "/submit-form",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables",
                        Map.of("immediateAction", Map.of("value", false, "type", "Boolean"))), tasklist), JsonNode.class);

        assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertSwedishAlone(refused.getBody(), null);
        assertThat(refused.getBody().get("message").asText()).contains("Bedömning saknas");
        assertThat(taskService.createTaskQuery().taskId(assessment.getId()).count()).isOne();
    }

    @Test
    void whatIsNotOursKeepsCamundasAnswerOnTasklistsWay() {
        ResponseEntity<JsonNode> missing = http.exchange(TASKLIST_ENGINE + "/process-definition/key/no-such-process",
                HttpMethod.GET, new HttpEntity<>(tasklistHeaders(DemoLogins.ADMIN)), JsonNode.class);

        assertThat(missing.getStatusCode()).as("%s", missing.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("type").asText()).isNotBlank();
        assertThat(missing.getBody().get("message").asText()).contains("no-such-process");
    }

    @Test
    void whatIsNotOursKeepsCamundasAnswer() {
        ResponseEntity<JsonNode> missing = RestClient.as(http, DemoLogins.ADMIN).get("/engine-rest/task/no-such-task");

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().get("type").asText()).isNotBlank();
        assertThat(missing.getBody().get("message").asText()).contains("no-such-task");
    }

    /** A signed-in Tasklist's headers: its session and its CSRF token, as the webapp hands them out. */
    private HttpHeaders tasklistHeaders(String user) {
        WebappSession session = WebappSession.signIn(http, user, "tasklist");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        session.cookies().forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
        String token = session.get(TASKLIST_ENGINE + "/task?maxResults=1").getHeaders().getFirst("X-XSRF-TOKEN");
        if (token == null) {
            token = session.cookies().stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                    .map(cookie -> cookie.substring("XSRF-TOKEN=".length())).findFirst().orElseThrow();
        }
        headers.set("X-XSRF-TOKEN", token);
        headers.remove(HttpHeaders.COOKIE);
        session.cookies().stream().filter(cookie -> !cookie.startsWith("XSRF-TOKEN="))
                .forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token);
        return headers;
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
