package se.linkoping.samverkan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.support.AtOnce;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.Scenario;
import se.linkoping.samverkan.support.WebappSession;

/**
 * Races and faults answered clearly: two users claiming one task at once, or one task completed twice at once (two
 * tabs, a double click) — one wins, the other gets 409 in Swedish, and nothing is done twice; a start form submitted
 * twice (one after the other or at once) — the stored report's receipt, never SQL; a partner's report sent twice at
 * once — stored once, the same receipt to both; dates out of range, values the
 * database cannot hold and huge pages — 400 in Swedish. No answer is a 500 or shows SQL, a class name or a stack trace. Run on H2 and on PostgreSQL by the
 * subclasses; the database outage has a test of its own ({@code DatabaseOutageOnPostgresTest}).
 */
abstract class FaultScenarios extends Scenario {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String START_FORM = "/engine-rest/process-definition/key/incident-report/submit-form";
    private static final int ROUNDS = 4;

    @Test
    void twoUsersClaimingOneTaskAtOnceOneWinsTheOtherIsToldInSwedish() {
        for (int round = 0; round < ROUNDS; round++) {
            Task task = estTask();

            List<HttpResponse<String>> answers = AtOnce.run(
                    () -> as(DemoLogins.EST_POLICE).postJson(taskAction(task, "claim"), claim(DemoLogins.EST_POLICE)),
                    () -> as(DemoLogins.EST_SECURITY_UNIT).postJson(taskAction(task, "claim"),
                            claim(DemoLogins.EST_SECURITY_UNIT)));

            answers.forEach(FaultScenarios::assertClean);
            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertThat(message(loser)).containsAnyOf("redan tagits av en annan användare", "hann före");
            String winner = answers.get(0).statusCode() == 204 ? DemoLogins.EST_POLICE : DemoLogins.EST_SECURITY_UNIT;
            assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(winner);
        }
    }

    @Test
    void oneTaskCompletedTwiceAtOnceIsDoneOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            Task task = claimed(estTask(), DemoLogins.EST_POLICE);

            // two tabs, or a double click: both submits reach the server before either is done
            List<HttpResponse<String>> answers = AtOnce.run(
                    () -> as(DemoLogins.EST_POLICE).postJson(taskAction(task, "submit-form"), assessment("Första")),
                    () -> as(DemoLogins.EST_POLICE).postJson(taskAction(task, "submit-form"), assessment("Andra")));

            answers.forEach(FaultScenarios::assertClean);
            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertThat(message(loser)).containsAnyOf("hann före", "finns inte längre", "redan bedömd");
            String winner = answers.get(0).statusCode() == 204 ? "Första" : "Andra";
            assertThat(jdbc.sql("select assessment from samverkan.incident_report where process_instance_id = ?")
                    .param(task.getProcessInstanceId()).query(String.class).single()).isEqualTo(winner + " bedömer.");
            assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .finished().count()).isEqualTo(1);
        }
        Task late = claimed(estTask(), DemoLogins.EST_POLICE);
        assertThat(as(DemoLogins.EST_POLICE).postJson(taskAction(late, "submit-form"), assessment("Polisen"))
                .statusCode()).isEqualTo(204);
        HttpResponse<String> tooLate = as(DemoLogins.EST_POLICE).postJson(taskAction(late, "submit-form"),
                assessment("Polisen igen"));
        assertClean(tooLate);
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(message(tooLate)).contains("Uppgiften finns inte längre");
    }

    @Test
    void aStartFormSubmittedTwiceGetsTheStoredReportsReceipt() {
        Map<String, Object> report = newReport("vald-hot");

        HttpResponse<String> first = startForm(DemoLogins.EST_POLICE, report);
        HttpResponse<String> again = startForm(DemoLogins.EST_POLICE, report);

        assertThat(first.statusCode()).isEqualTo(200);
        assertClean(again);
        assertThat(again.statusCode()).isEqualTo(409);
        long stored = storedId(report);
        assertThat(message(again)).contains("Rapporten är redan mottagen: rapport " + stored,
                "Den sparades inte en gång till");
        assertThat(reportsWith(report)).isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-report").count())
                .isEqualTo(1);
    }

    @Test
    void aStartFormSubmittedTwiceAtOnceIsStoredOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> report = newReport("skadegorelse");

            List<HttpResponse<String>> answers = AtOnce.run(() -> startForm(DemoLogins.EST_POLICE, report),
                    () -> startForm(DemoLogins.EST_POLICE, report));

            answers.forEach(FaultScenarios::assertClean);
            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> second = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertThat(message(second)).containsAnyOf("Rapporten är redan mottagen: rapport " + storedId(report),
                    "tas emot just nu", "sparades bara en gång");
            assertThat(reportsWith(report)).isEqualTo(1);
        }
    }

    @Test
    void aPartnersReportSentTwiceAtOnceIsStoredOnceAndBothGetItsReceipt() {
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Object> report = newReport("skadegorelse");
            String body = json(report);

            List<HttpResponse<String>> answers = AtOnce.run(
                    () -> as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", body),
                    () -> as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", body));

            answers.forEach(FaultScenarios::assertClean);
            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
            // the same receipt for both: the stored report's id and the time it was received
            assertThat(answers).extracting(a -> parse(a).get("id").asLong()).containsOnly(storedId(report));
            String receivedAt = parse(answers.get(0)).get("receivedAt").asText();
            assertThat(receivedAt).isNotBlank();
            assertThat(answers).extracting(a -> parse(a).get("receivedAt").asText()).containsOnly(receivedAt);
            assertThat(reportsWith(report)).isEqualTo(1);
        }
    }

    @Test
    void datesOutOfRangeAreRefusedInSwedish() {
        Map<String, Object> report = newReport("skadegorelse");
        report.put("occurredAt", "+999999999-12-31T23:59:59Z");

        HttpResponse<String> fromPartner = as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", json(report));
        HttpResponse<String> fromTasklist = startForm(DemoLogins.EST_POLICE, report);

        for (HttpResponse<String> refused : List.of(fromPartner, fromTasklist)) {
            assertClean(refused);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Tidpunkten", "kan inte läsas");
        }
        assertThat(reportsWith(report)).isZero();
    }

    @Test
    void aHugePageIsRefusedInSwedish() {
        String huge = "?page=2147483647&size=2147483647";

        HttpResponse<String> api = as(DemoLogins.AUDITOR).get("/api/audit/matters" + huge);
        WebappSession auditor = WebappSession.signIn(http, DemoLogins.AUDITOR, "cockpit");
        HttpResponse<String> page = browser().withCookies(auditor.cookies()).get("/granskning" + huge);

        for (HttpResponse<String> refused : List.of(api, page)) {
            assertClean(refused);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("Sidnumret 2147483647 är för stort");
        }
        assertThat(as(DemoLogins.AUDITOR).get("/api/audit/matters?page=0&size=2147483647").statusCode())
                .as("a page size above the most is the most").isEqualTo(200);
    }

    @Test
    void aTextTooLongForTheDatabaseIsRefusedInSwedishAndNothingIsStored() {
        Map<String, Object> report = newReport("skadegorelse");
        report.put("notes", "x".repeat(5_000));

        HttpResponse<String> refused = startForm(DemoLogins.EST_POLICE, report);

        assertClean(refused);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(message(refused)).contains("Inget har sparats");
        assertThat(reportsWith(report)).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("incident-report").count()).isZero();
    }

    // --- helpers

    /**
     * An answer that is no 500, and no refusal that shows SQL, a class name or a stack trace (Camunda's REST API
     * names the kind of a refusal in {@code type}, as its documented error format does; its message names none).
     */
    static void assertClean(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isNotEqualTo(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.body()).doesNotContain("SQL", "org.", "java.", "se.linkoping", "\tat ", "select ",
                    "insert ", "update ");
            assertThat(message(answer)).as(answer.body()).isNotBlank().doesNotContain("Exception");
        }
    }

    /**
     * The message of an error from Camunda's REST API ({@code message}), Samverkan's ({@code detail}) or a page (its
     * text).
     */
    static String message(HttpResponse<String> answer) {
        if (answer.body().startsWith("<")) {
            return answer.body().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        }
        try {
            JsonNode body = JSON.readTree(answer.body());
            return body.has("message") ? body.get("message").asText() : body.path("detail").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
    }

    Browser browser() {
        return Browser.at(http.getRootUri());
    }

    Browser as(String user) {
        return browser().as(user);
    }

    /** A report of violence from the police: EST gets a task to assess it. */
    Task estTask() {
        Map<String, Object> report = newReport("vald-hot");
        HttpResponse<String> sent = as(DemoLogins.PARTNER_SYSTEM).postJson("/api/incident-reports", json(report));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String instance = jdbc.sql("select process_instance_id from samverkan.incident_report where id = ?")
                .param(JSON.valueToTree(parse(sent)).get("id").asLong()).query(String.class).single();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult();
    }

    Task claimed(Task task, String user) {
        HttpResponse<String> claimed = as(user).postJson(taskAction(task, "claim"), claim(user));
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        return task;
    }

    /** What Tasklist sends when the start form is submitted: typed variables. */
    HttpResponse<String> startForm(String user, Map<String, Object> report) {
        Map<String, Object> variables = new LinkedHashMap<>();
        report.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        return as(user).postJson(START_FORM, json(Map.of("variables", variables)));
    }

    long reportsWith(Map<String, Object> report) {
        return jdbc.sql("select count(*) from samverkan.incident_report where external_reference = ?")
                .param(report.get("externalReference")).query(Long.class).single();
    }

    long storedId(Map<String, Object> report) {
        return jdbc.sql("select id from samverkan.incident_report where external_reference = ?")
                .param(report.get("externalReference")).query(Long.class).single();
    }

    static Map<String, Object> newReport(String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("district", "ryd");
        report.put("place", "Rydstorget");
        report.put("category", category);
        report.put("occurredAt", OffsetDateTime.now().minusHours(2).truncatedTo(ChronoUnit.SECONDS).toString());
        report.put("description", "Bråk vid busshållplatsen.");
        report.put("source", "polis");
        // letters only: a run of digits in a random reference could look like a personal identity number
        report.put("externalReference", "FEL-" + UUID.randomUUID().toString().chars()
                .map(c -> Character.isDigit(c) ? 'g' + c - '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
        return report;
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    private static String taskAction(Task task, String action) {
        return "/engine-rest/task/" + task.getId() + "/" + action;
    }

    private static String claim(String user) {
        return json(Map.of("userId", user));
    }

    private static String assessment(String who) {
        return json(Map.of("variables", Map.of("assessment", Map.of("value", who + " bedömer."),
                "immediateAction", Map.of("value", false))));
    }
}
