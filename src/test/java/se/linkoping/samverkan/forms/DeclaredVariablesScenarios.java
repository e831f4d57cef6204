package se.linkoping.samverkan.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * Forms and APIs take only what they declare, and no personal identity number gets in anywhere: every start form
 * of every process, a task's form however it is completed, task and process variables, messages, the partner API,
 * comments and attachments' names — each refused in Swedish, with nothing stored, not even by an administrator.
 */
abstract class DeclaredVariablesScenarios extends Scenario {

    /** The example: an extra variable holding a personal identity number. */
    private static final String NOTES = "Gärningsman 811218-9876";

    @Autowired
    private RepositoryService repositoryService;

    @Test
    void everyStartFormTakesOnlyItsOwnFieldsWhicheverWayAProcessIsStarted() {
        // Samverkan's own processes, one file in bpmn/ each (other tests may deploy theirs into the application)
        List<ProcessDefinition> processes = repositoryService.createProcessDefinitionQuery().latestVersion().list()
                .stream().filter(process -> Files.exists(Path.of("bpmn", process.getKey() + ".bpmn"))).toList();
        assertThat(processes).hasSize(9);
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);

        for (ProcessDefinition process : processes) {
            long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process.getKey())
                    .count();
            for (String way : List.of("submit-form", "start")) {
                ResponseEntity<JsonNode> refused = admin.post("/engine-rest/process-definition/key/" + process.getKey()
                        + "/" + way, Map.of("variables", Map.of("notes", Map.of("value", NOTES))));

                assertThat(refused.getStatusCode()).as("%s %s", process.getKey(), way).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(refused.getBody().get("message").asText()).as("%s %s", process.getKey(), way)
                        .contains("Startformuläret för ”" + process.getName() + "”", "”notes”", "Inget har sparats.")
                        .doesNotContain("9876");
            }
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process.getKey())
                    .count()).as(process.getKey()).isEqualTo(before);
        }
    }

    @Test
    void aFileOrAJavaObjectIsRefusedEvenInADeclaredField() {
        Map<String, Object> variables = typed(report("skadegorelse"));
        variables.put("description", Map.of("value", "S2xvdHRlcg==", "type", "File",
                "valueInfo", Map.of("filename", "bild.jpg")));

        ResponseEntity<JsonNode> file = submitStartForm(DemoLogins.EST_POLICE, variables);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(file.getBody().get("message").asText()).contains("Fältet ”Beskrivning” innehåller en fil");

        variables.put("description", Map.of("value", "rO0ABXQABGRlbW8=", "type", "Object", "valueInfo", Map.of(
                "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
        ResponseEntity<JsonNode> object = submitStartForm(DemoLogins.EST_POLICE, variables);

        assertThat(object.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(object.getBody().get("message").asText()).contains("har en sorts värde som inte tas emot här");
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single()).isZero();
    }

    @Test
    void aTasksFormTakesOnlyItsFieldsWhetherSubmittedCompletedOrSetAsVariables() {
        Task task = assessmentTask();
        RestClient est = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT);
        assertThat(est.post("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId",
                DemoLogins.EST_SECURITY_UNIT)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> extra = Map.of("variables", Map.of("assessment", Map.of("value", "Polisen följer upp."),
                "immediateAction", Map.of("value", false), "notes", Map.of("value", NOTES)));

        for (String way : List.of("submit-form", "complete")) {
            ResponseEntity<JsonNode> refused = est.post("/engine-rest/task/" + task.getId() + "/" + way, extra);
            assertThat(refused.getStatusCode()).as(way).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message").asText()).as(way)
                    .contains("Formuläret för uppgiften ”" + task.getName() + "” har inget fält ”notes”",
                            "Skicka bara formulärets egna fält", "Inget har sparats.");
        }
        // setting a task's variables is not on staff's way in (the REST allow-list); for an administrator, whose
        // way it is, an undeclared variable is refused as on the form
        for (RestClient asker : List.of(est, RestClient.as(http, DemoLogins.ADMIN))) {
            HttpStatus expected = asker == est ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
            assertThat(asker.status(HttpMethod.PUT, "/engine-rest/task/" + task.getId() + "/variables/notes",
                    Map.of("value", NOTES))).isEqualTo(expected);
            assertThat(asker.post("/engine-rest/task/" + task.getId() + "/localVariables", Map.of("modifications",
                    Map.of("notes", Map.of("value", NOTES)))).getStatusCode()).isEqualTo(expected);
        }
        // a declared field is checked too, whichever endpoint sets it, for whoever may set it
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        ResponseEntity<JsonNode> number = admin.post("/engine-rest/task/" + task.getId() + "/variables",
                Map.of("modifications", Map.of("assessment", Map.of("value", "Ring ８１１２１８－９８７６"))));
        assertThat(number.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(number.getBody().get("message").asText()).contains("ser ut som ett personnummer");
        assertThat(taskService.getVariables(task.getId())).doesNotContainKey("notes");

        // nor may an administrator add one to the process, or send one with a message or a signal
        assertThat(admin.post("/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables",
                Map.of("modifications", Map.of("notes", Map.of("value", NOTES)))).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<JsonNode> message = admin.post("/engine-rest/message", Map.of("messageName", "any",
                "processVariables", Map.of("notes", Map.of("value", NOTES))));
        assertThat(message.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(message.getBody().get("message").asText()).contains("Ett meddelande till en process tar inte emot "
                + "några variabler");
        assertThat(admin.post("/engine-rest/signal", Map.of("name", "any", "variables", Map.of("notes",
                Map.of("value", NOTES)))).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).doesNotContainKey("notes");

        // what the form declares is taken
        assertThat(est.post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of(
                "assessment", Map.of("value", "Polisen följer upp."), "immediateAction", Map.of("value", false))))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void commentsAndAttachmentsNamesHoldNoPersonalNumberInAnySpelling() {
        Task task = assessmentTask();
        RestClient est = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT);
        for (String spelling : List.of("Ring 811218-9876", "Ring ８１１２１８－９８７６", "Ring 811218\u200B-9876",
                "Ring 8112 18-9876", "Ring 811218\n9876", "Ring 19811218 – 9876")) {
            ResponseEntity<JsonNode> refused = est.post("/engine-rest/task/" + task.getId() + "/comment/create",
                    Map.of("message", spelling));
            assertThat(refused.getStatusCode()).as(spelling).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().get("message").asText()).as(spelling)
                    .contains("Kommentaren innehåller något som ser ut som ett personnummer", "Inget har sparats.");
        }
        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
        assertThat(est.post("/engine-rest/task/" + task.getId() + "/comment/create",
                Map.of("message", "Polisen hör av sig i morgon, ärende 2026-1187.")).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> named = attach(task, "811218-9876 förhör.pdf", "Förhöret");
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(named.getBody().get("message").asText()).contains("Bilagans namn innehåller något som ser ut som "
                + "ett personnummer");
        ResponseEntity<JsonNode> described = attach(task, "förhör.pdf", "Gäller １９８１１２１８‐９８７６");
        assertThat(described.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(described.getBody().get("message").asText()).contains("Bilagans beskrivning");
        assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
        assertThat(attach(task, "karta.pdf", "Platsen").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void thePartnerApiTakesOnlyItsOwnFields() {
        Map<String, Object> report = report("skadegorelse");
        report.put("externalReference", "REF-" + UUID.randomUUID());
        report.put("notes", NOTES);

        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.PARTNER_SYSTEM).post("/api/incident-reports",
                report);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).contains("Begäran togs inte emot",
                "API:t har inget fält ”notes”", "Inget har sparats.").doesNotContain("9876");
        assertThat(refused.getBody().get("errors").get(0).get("message").asText())
                .isEqualTo("Fältet ”notes” finns inte i API:t och tas inte emot.");
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single()).isZero();

        report.remove("notes");
        assertThat(RestClient.as(http, DemoLogins.PARTNER_SYSTEM).post("/api/incident-reports", report)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    /** A report of violence through the start form, and the assessment task it gives EST. */
    private Task assessmentTask() {
        ResponseEntity<JsonNode> started = submitStartForm(DemoLogins.EST_POLICE, typed(report("vald-hot")));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        return taskService.createTaskQuery().processInstanceId(started.getBody().get("id").asText()).singleResult();
    }

    private ResponseEntity<JsonNode> submitStartForm(String user, Map<String, Object> variables) {
        return RestClient.as(http, user).post("/engine-rest/process-definition/key/incident-report/submit-form",
                Map.of("variables", variables));
    }

    private ResponseEntity<JsonNode> attach(Task task, String name, String description) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("attachment-name", name);
        parts.add("attachment-description", description);
        parts.add("attachment-type", "application/pdf");
        parts.add("url", "https://intranat.linkoping.se/dokument/1");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return http.withBasicAuth(DemoLogins.EST_SECURITY_UNIT, DemoLogins.PASSWORD).exchange("/engine-rest/task/"
                + task.getId() + "/attachment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
    }

    private static Map<String, Object> report(String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("district", "skaggetorp");
        report.put("place", "Gillbergska gatan 12");
        report.put("category", category);
        report.put("occurredAt", OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("description", "Klotter på fasaden och en krossad ruta i trapphuset.");
        report.put("source", "bostadsbolag");
        return report;
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return variables;
    }
}
