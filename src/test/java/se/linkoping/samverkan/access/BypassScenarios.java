package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * Nobody gets around a process's own checks: for every process staff may start, as a real user of a group
 * that may start it, over the REST API — no start past its first step, no skipped listeners, no modification,
 * restart or migration; an administrator neither starts a process past its checks nor skips them.
 */
abstract class BypassScenarios extends Scenario {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;

    /** Every process staff may start, with a user of a group that may start it. */
    static Stream<Arguments> startableProcesses() {
        return AccessPolicy.STARTABLE_PROCESSES.entrySet().stream()
                .map(process -> Arguments.of(process.getKey(), DemoLogins.of(process.getValue().get(0).id())));
    }

    @ParameterizedTest(name = "{0}, by {1}: no start at any element but its start")
    @MethodSource("startableProcesses")
    void staffStartNothingPastItsStart(String process, String starter) {
        RestClient client = RestClient.as(http, starter);
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();
        List<String> elements = new ArrayList<>(flowNodes(process));
        elements.add(startEvent(process)); // not even at the start: start instructions are for administrators

        for (String element : elements) {
            for (String type : List.of("startBeforeActivity", "startAfterActivity")) {
                ResponseEntity<JsonNode> refused = client.post(start(process), Map.of("variables", Map.of(),
                        "startInstructions", List.of(Map.of("type", type, "activityId", element))));
                assertThat(refused.getStatusCode()).as("%s %s %s", process, type, element).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(refused.getBody().get("message").asText()).startsWith("Bara administratörer får starta");
            }
        }
        ResponseEntity<JsonNode> skipping = client.post(start(process), Map.of("skipCustomListeners", true,
                "skipIoMappings", true, "startInstructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", startEvent(process)))));
        assertThat(skipping.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
                .as("instances of %s", process).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: not by an administrator either, where it skips its checks")
    @MethodSource("startableProcesses")
    void administratorsStartNothingPastItsChecksNorSkipThem(String process, String starter) {
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count();
        for (String element : flowNodes(process)) {
            ResponseEntity<JsonNode> refused = admin.post(start(process), Map.of("startInstructions",
                    List.of(Map.of("type", "startBeforeActivity", "activityId", element))));
            assertThat(refused.getStatusCode()).as("%s %s", process, element).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("message").asText()).contains("kan bara startas vid sin början");
        }
        ResponseEntity<JsonNode> skipping = admin.post(start(process), Map.of("skipCustomListeners", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", startEvent(process)))));
        assertThat(skipping.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(skipping.getBody().get("message").asText()).contains("skipCustomListeners");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process).count())
                .as("instances of %s", process).isEqualTo(before);
    }

    @Test
    void anAdministratorMayStartAtTheStartWhereTheChecksRun() {
        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        List<Map<String, String>> atTheStart = List.of(Map.of("type", "startBeforeActivity",
                "activityId", startEvent("incident-report")));
        Map<String, Object> startAtTheStart = Map.of("variables", reportOfViolence(), "startInstructions", atTheStart);

        ResponseEntity<JsonNode> started = admin.post(start("incident-report"), startAtTheStart);

        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single()).isOne();
        Map<String, Object> invalid = Map.of("variables", Map.of("district", Map.of("value", "nowhere")),
                "startInstructions", atTheStart);
        assertThat(admin.post(start("incident-report"), invalid).getStatusCode().is2xxSuccessful())
                .as("the checks refuse what is wrong, also from an administrator").isFalse();
        assertThat(jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single()).isOne();
    }

    @Test
    void modificationRestartAndMigrationAreForAdministratorsWithoutSkipping() {
        String instance = reportAwaitingAssessment();
        String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        Map<String, Object> modification = Map.of("instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessReport")));
        Map<String, Object> restart = Map.of("processInstanceIds", List.of(instance), "instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessReport")));
        Map<String, Object> migration = Map.of("migrationPlan", Map.of("sourceProcessDefinitionId", definition,
                "targetProcessDefinitionId", definition, "instructions", List.of()), "processInstanceIds", List.of(instance));

        for (String user : List.of(DemoLogins.EST_POLICE, DemoLogins.EST_SECURITY_UNIT, DemoLogins.AUDITOR,
                DemoLogins.PROCESS_OWNER, DemoLogins.PARTNER_SYSTEM)) {
            RestClient client = RestClient.as(http, user);
            assertThat(client.post("/engine-rest/process-instance/" + instance + "/modification", modification)
                    .getStatusCode()).as("modification by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(client.post("/engine-rest/process-definition/" + definition + "/restart", restart)
                    .getStatusCode()).as("restart by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(client.post("/engine-rest/migration/execute", migration).getStatusCode())
                    .as("migration by %s", user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isOne();

        RestClient admin = RestClient.as(http, DemoLogins.ADMIN);
        Map<String, Object> skipping = Map.of("skipCustomListeners", true, "instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessReport")));
        assertThat(admin.post("/engine-rest/process-instance/" + instance + "/modification", skipping).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.post("/engine-rest/process-instance/" + instance + "/modification", modification)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
    }

    @Test
    void theEngineRefusesStaffTheCommandsWhateverWayTheyAreAsked() {
        String instance = reportAwaitingAssessment();
        String definition = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        List<String> groups = identityService.createGroupQuery().groupMember(DemoLogins.EST_POLICE).list().stream()
                .map(Group::getId).toList();
        identityService.setAuthentication(DemoLogins.EST_POLICE, groups);
        try {
            assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(instance)
                    .startBeforeActivity("Task_AssessReport").execute()).isInstanceOf(NotPermitted.class)
                    .hasMessageContaining("processinstansändring");
            assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey("incident-report")
                    .startBeforeActivity("Task_AssessReport").execute()).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> runtimeService.restartProcessInstances(definition)
                    .startBeforeActivity("Task_AssessReport").processInstanceIds(instance).execute())
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> runtimeService.newMigration(runtimeService.createMigrationPlan(definition, definition)
                    .mapEqualActivities().build()).processInstanceIds(instance).execute())
                    .isInstanceOf(NotPermitted.class).hasMessageContaining("migrering");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isOne();
    }

    @Test
    void tasklistsWayIntoTheEngineIsHeldToTheSameRules() {
        WebappSession tasklist = WebappSession.signIn(http, DemoLogins.EST_POLICE, "tasklist");
        String engine = "/camunda/api/engine/engine/default";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        tasklist.cookies().forEach(cookie -> {
            headers.add(HttpHeaders.COOKIE, cookie);
            if (cookie.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", cookie.substring("XSRF-TOKEN=".length()));
            }
        });
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("incident-report").count();

        ResponseEntity<String> tasks = tasklist.get(engine + "/task");
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        // the token as the webapp hands it out with a read after signing in
        String token = tasks.getHeaders().getFirst("X-XSRF-TOKEN");
        if (token != null) {
            headers.set("X-XSRF-TOKEN", token);
            headers.remove(HttpHeaders.COOKIE);
            tasklist.cookies().stream().filter(cookie -> !cookie.startsWith("XSRF-TOKEN="))
                    .forEach(cookie -> headers.add(HttpHeaders.COOKIE, cookie));
            headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token);
        }
        ResponseEntity<JsonNode> instances = http.exchange(engine + "/process-instance", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(instances.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(instances.getBody().get("detail").asText()).startsWith("Kontot når inte GET /process-instance");
        ResponseEntity<JsonNode> pastTheCheck = http.exchange(engine + "/process-definition/key/incident-report/start",
                HttpMethod.POST, new HttpEntity<>(Map.of("variables", reportOfViolence(), "startInstructions",
                        List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessReport"))), headers),
                JsonNode.class);
        assertThat(pastTheCheck.getStatusCode()).as("%s", pastTheCheck.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(pastTheCheck.getBody()).as("Camunda's answer, not the CSRF filter's").isNotNull();
        assertThat(pastTheCheck.getBody().get("message").asText()).startsWith("Bara administratörer får starta");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("incident-report").count())
                .isEqualTo(before);
    }

    /** A report of violence, started as EST's police member: it waits for EST's assessment. */
    private String reportAwaitingAssessment() {
        ResponseEntity<JsonNode> started = RestClient.as(http, DemoLogins.EST_POLICE)
                .post(submit("incident-report"), Map.of("variables", reportOfViolence()));
        assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
        return started.getBody().get("id").asText();
    }

    static Map<String, Object> reportOfViolence() {
        return Map.of("district", Map.of("value", "ryd"), "place", Map.of("value", "Rydstorget"),
                "category", Map.of("value", "vald-hot"),
                "occurredAt", Map.of("value", OffsetDateTime.now().minusHours(1).toString()),
                "description", Map.of("value", "Misshandel vid torget, polisen på plats."),
                "source", Map.of("value", "polis"));
    }

    private static String start(String process) {
        return "/engine-rest/process-definition/key/" + process + "/start";
    }

    private static String submit(String process) {
        return "/engine-rest/process-definition/key/" + process + "/submit-form";
    }

    private Process model(String process) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(process)
                .latestVersion().singleResult();
        return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementById(process);
    }

    /** The process's none start event. */
    private String startEvent(String process) {
        return model(process).getChildElementsByType(StartEvent.class).stream()
                .filter(start -> start.getEventDefinitions().isEmpty()).findFirst().orElseThrow().getId();
    }

    /** Every element of the process, nested ones too, but its start event. */
    private List<String> flowNodes(String process) {
        String start = startEvent(process);
        return model(process).getModelInstance().getModelElementsByType(FlowNode.class).stream()
                .filter(node -> !node.getId().equals(start)).map(FlowNode::getId).toList();
    }
}
