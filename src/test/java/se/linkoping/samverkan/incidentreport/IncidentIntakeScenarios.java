package se.linkoping.samverkan.incidentreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.TaskForms;
import se.linkoping.samverkan.system.Swedish;

/**
 * Incident intake over real HTTP against a real database: the start form as Tasklist submits it, and
 * {@code POST /api/incident-reports} as a partner's system calls it. Run on H2 and on PostgreSQL by
 * the subclasses.
 */
abstract class IncidentIntakeScenarios extends Scenario {

    private static final String URL = "/api/incident-reports";

    @Autowired
    IncidentReports reports;

    @Test
    void validReportIsCreatedAndStoredWithItsProcess() {
        Map<String, Object> report = validReport();

        ResponseEntity<JsonNode> response = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = response.getBody().get("id").asLong();
        assertThat(response.getHeaders().getLocation()).hasToString(URL + "/" + id);
        assertThat(response.getBody().get("alreadyReceived").asBoolean()).isFalse();
        StoredIncidentReport stored = reports.find(id).orElseThrow();
        assertThat(stored.districtCode()).isEqualTo("skaggetorp");
        assertThat(stored.categoryCode()).isEqualTo("skadegorelse");
        assertThat(stored.description()).isEqualTo(report.get("description"));
        assertThat(stored.channel()).isEqualTo(Channel.API);
        assertThat(stored.reportedBy()).isEqualTo(DemoLogins.PARTNER_SYSTEM);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(stored.processInstanceId())
                .singleResult().getBusinessKey()).isEqualTo("rapport-" + id);
    }

    @Test
    void aPartnersReportIsKeptInTheReportNotCopiedIntoProcessVariables() {
        long id = post(DemoLogins.PARTNER_SYSTEM, validReport()).getBody().get("id").asLong();

        String instance = reports.find(id).orElseThrow().processInstanceId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(HistoricVariableInstance::getName)
                .containsExactlyInAnyOrder("incidentReportId", "promptAssessment");
    }

    @Test
    void aPartnersReportOfViolenceShowsEstWhatWasReportedInTheAssessmentTask() {
        Map<String, Object> report = validReport();
        report.put("category", "vald-hot");

        long id = post(DemoLogins.PARTNER_SYSTEM, report).getBody().get("id").asLong();

        String instance = reports.find(id).orElseThrow().processInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assertThat(taskService.getVariables(task))
                .containsEntry("district", "skaggetorp").containsEntry("place", report.get("place"))
                .containsEntry("category", "vald-hot").containsEntry("description", report.get("description"))
                .containsEntry("source", "bostadsbolag").containsEntry("externalReference", report.get("externalReference"))
                .containsEntry("incidentReportId", id).containsKey("occurredAtText");
    }

    @Test
    void retriedRequestReturnsTheStoredReportWithoutStoringItAgain() {
        Map<String, Object> report = validReport();
        JsonNode receipt = post(DemoLogins.PARTNER_SYSTEM, report).getBody();
        long first = receipt.get("id").asLong();
        long before = reports.count();

        ResponseEntity<JsonNode> retry = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retry.getBody().get("id").asLong()).isEqualTo(first);
        assertThat(retry.getBody().get("alreadyReceived").asBoolean()).isTrue();
        // the first receipt, written without reading the report back, says what the stored report says
        JsonNode readBack = http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .getForEntity(URL + "/" + first, JsonNode.class).getBody();
        assertThat(receipt.get("receivedAt").asText()).isEqualTo(readBack.get("receivedAt").asText());
        assertThat(retry.getBody().get("receivedAt").asText()).isEqualTo(receipt.get("receivedAt").asText())
                .endsWith(Swedish.ZONE.getRules().getOffset(reports.find(first).orElseThrow().receivedAt().toInstant())
                        .getId());
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void referencesBelongToTheAccountThatSentThem() {
        Map<String, Object> report = validReport();
        post(DemoLogins.PARTNER_SYSTEM, report);

        ResponseEntity<JsonNode> fromThePolice = post(DemoLogins.of("police"), report);

        assertThat(fromThePolice.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(fromThePolice.getBody().get("alreadyReceived").asBoolean()).isFalse();
    }

    @Test
    void referenceReusedForAnotherReportIsAConflict() {
        Map<String, Object> report = validReport();
        post(DemoLogins.PARTNER_SYSTEM, report);
        long before = reports.count();
        report.put("description", "En helt annan händelse");

        ResponseEntity<JsonNode> response = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody().get("detail").asText()).contains("användes redan", "ny extern referens");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void personalIdentityNumberIsRefusedAndNothingIsStored() {
        Map<String, Object> report = validReport();
        report.put("description", "Mannen (19850709-9805) hotade busschauffören.");
        long reportsBefore = reports.count();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("Inget har sparats");
        JsonNode error = response.getBody().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("description");
        assertThat(error.get("message").asText()).contains("Beskrivning", "personnummer", "ta bort numret");
        assertThat(response.getBody().toString()).doesNotContain("9805");
        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void unknownDistrictIsRefused() {
        Map<String, Object> report = validReport();
        report.put("district", "atlantis");
        long before = reports.count();

        ResponseEntity<JsonNode> response = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("district");
        assertThat(response.getBody().get("errors").get(0).get("message").asText())
                .contains("Stadsdelen ”atlantis” finns inte");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Object> report = new HashMap<>();
        report.put("district", "skaggetorp");
        report.put("occurredAt", OffsetDateTime.now().plusDays(2).toString());

        ResponseEntity<JsonNode> response = post(DemoLogins.PARTNER_SYSTEM, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("place", "category", "occurredAt", "description", "source", "externalReference");
    }

    @Test
    void unreadableBodyGetsASwedishAnswer() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> response = http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .postForEntity(URL, new HttpEntity<>("{inte json", headers), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("detail").asText()).contains("kunde inte läsas", "JSON");
    }

    @Test
    void reportWithoutCredentialsIsUnauthorized() {
        ResponseEntity<String> response = http.postForEntity(URL, validReport(), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void auditorMayNotReport() {
        long before = reports.count();

        ResponseEntity<JsonNode> response = post(DemoLogins.AUDITOR, validReport());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).contains("behörighet");
        assertThat(reports.count()).isEqualTo(before);
    }

    @Test
    void reportOfViolenceGivesEstATask() {
        Map<String, Object> report = validReport();
        report.put("category", "vald-hot");

        long id = post(DemoLogins.PARTNER_SYSTEM, report).getBody().get("id").asLong();

        String instance = reports.find(id).orElseThrow().processInstanceId();
        assertThat(taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("est").count())
                .isEqualTo(1);
    }

    @Test
    void senderCanReadBackWhatItSentButNobodyElseCan() {
        Map<String, Object> report = validReport();
        report.put("category", "vald-hot");
        long id = post(DemoLogins.PARTNER_SYSTEM, report).getBody().get("id").asLong();
        String instance = reports.find(id).orElseThrow().processInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        assess(DemoLogins.EST_POLICE, task, Map.of("assessment", "Känd konflikt.", "immediateAction", true));

        JsonNode readBack = http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .getForEntity(URL + "/" + id, JsonNode.class).getBody();

        assertThat(readBack.get("place").asText()).isEqualTo("Gillbergska gatan 12");
        assertThat(readBack.has("assessment")).isFalse();
        assertThat(readBack.has("assessedBy")).isFalse();
        assertThat(readBack.toString()).doesNotContain("Känd konflikt", DemoLogins.EST_POLICE);
        assertThat(http.withBasicAuth(DemoLogins.EST_POLICE, DemoLogins.PASSWORD)
                .getForEntity(URL + "/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void referenceDataIsPublishedToPartners() {
        JsonNode codes = http.withBasicAuth(DemoLogins.PARTNER_SYSTEM, DemoLogins.PASSWORD)
                .getForObject("/api/reference-data", JsonNode.class);

        assertThat(codes.get("districts").findValuesAsText("code")).contains("skaggetorp", "ryd", "berga");
        assertThat(codes.get("categories").findValuesAsText("code")).contains("vald-hot", "skadegorelse");
        assertThat(codes.get("sources").findValuesAsText("code")).contains("polis", "bostadsbolag", "kollektivtrafik");
    }

    @Test
    void startFormAsTasklistSubmitsItStoresTheReport() {
        ResponseEntity<JsonNode> response = submitStartForm(DemoLogins.EST_POLICE, validReport());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        StoredIncidentReport stored = storedFor(response.getBody().get("id").asText());
        assertThat(stored.channel()).isEqualTo(Channel.TASKLIST);
        assertThat(stored.reportedBy()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(stored.place()).isEqualTo("Gillbergska gatan 12");
    }

    @Test
    void startFormCannotForgeWhoReportedOrHow() {
        Map<String, Object> report = validReport();
        report.put("reporterId", DemoLogins.PARTNER_SYSTEM);
        report.put("channel", "API");
        long reportsBefore = reports.count();

        // the form declares neither: refused, in Swedish, naming them, and nothing stored
        ResponseEntity<JsonNode> forged = submitStartForm(DemoLogins.EST_POLICE, report);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forged.getBody().get("message").asText()).contains("har inga fält ”channel”, ”reporterId”",
                "Inget har sparats.");
        assertThat(reports.count()).isEqualTo(reportsBefore);

        report.remove("reporterId");
        report.remove("channel");
        ResponseEntity<JsonNode> response = submitStartForm(DemoLogins.EST_POLICE, report);

        StoredIncidentReport stored = storedFor(response.getBody().get("id").asText());
        assertThat(stored.reportedBy()).isEqualTo(DemoLogins.EST_POLICE);
        assertThat(stored.channel()).isEqualTo(Channel.TASKLIST);
    }

    @Test
    void anAssessmentLandsOnItsOwnReportWhateverTheVariablesSay() {
        long other = post(DemoLogins.PARTNER_SYSTEM, validReport()).getBody().get("id").asLong();
        Map<String, Object> report = validReport();
        report.put("category", "vald-hot");
        String instance = submitStartForm(DemoLogins.EST_POLICE, report).getBody().get("id").asText();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        // the assessment form has no field for it: refused, and the task stays open
        assertThat(new TaskForms(http, taskService).refusal(DemoLogins.EST_SECURITY_UNIT,
                taskService.createTaskQuery().taskId(task).singleResult(), Map.of("assessment", "Polisen följer upp.",
                        "immediateAction", false, "incidentReportId", other)))
                .contains("har inget fält ”incidentReportId”", "Inget har sparats.");
        assess(DemoLogins.EST_SECURITY_UNIT, task, Map.of("assessment", "Polisen följer upp.", "immediateAction", false));

        assertThat(storedFor(instance).assessment()).isEqualTo("Polisen följer upp.");
        assertThat(storedFor(instance).assessedBy()).isEqualTo(DemoLogins.EST_SECURITY_UNIT);
        assertThat(reports.find(other).orElseThrow().assessment()).isNull();
    }

    @Test
    void startFormWithPersonalNumberShowsTheSwedishMessageAndStoresNothing() {
        Map<String, Object> report = validReport();
        report.put("place", "Utanför porten hos 850709 9805");
        long reportsBefore = reports.count();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        ResponseEntity<JsonNode> response = submitStartForm(DemoLogins.EST_POLICE, report);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText())
                .contains("Rapporten sparades inte", "Plats innehåller något som ser ut som ett personnummer");
        assertThat(reports.count()).isEqualTo(reportsBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    /** Claims and completes the assessment task through the REST API, as Tasklist does for an EST member. */
    private void assess(String user, String taskId, Map<String, Object> values) {
        RestClient est = RestClient.as(http, user);
        assertThat(est.post("/engine-rest/task/" + taskId + "/claim", Map.of("userId", user)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        assertThat(est.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private StoredIncidentReport storedFor(String processInstanceId) {
        return jdbc.sql("select id from samverkan.incident_report where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional().flatMap(reports::find).orElseThrow();
    }

    /** What Tasklist sends when a start form is submitted: typed variables to submit-form. */
    ResponseEntity<JsonNode> submitStartForm(String user, Map<String, Object> report) {
        Map<String, Object> variables = new HashMap<>();
        report.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return http.withBasicAuth(user, DemoLogins.PASSWORD).postForEntity(
                "/engine-rest/process-definition/key/incident-report/submit-form", Map.of("variables", variables),
                JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String user, Map<String, Object> report) {
        return http.withBasicAuth(user, DemoLogins.PASSWORD).postForEntity(URL, report, JsonNode.class);
    }

    static Map<String, Object> validReport() {
        Map<String, Object> report = new HashMap<>();
        report.put("district", "skaggetorp");
        report.put("place", "Gillbergska gatan 12");
        report.put("category", "skadegorelse");
        report.put("occurredAt", OffsetDateTime.now().minusHours(3).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("description", "Klotter på fasaden och en krossad ruta i trapphuset.");
        report.put("source", "bostadsbolag");
        report.put("externalReference", "STG-" + UUID.randomUUID());
        return report;
    }
}
