package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.linkoping.samverkan.access.AccessMatrix.Column;
import se.linkoping.samverkan.access.AccessMatrix.Row;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * Asks every cell of {@link AccessMatrix}: every action as a real user of every group (a role by a user
 * who holds only it, there for the test alone), the administrator and nobody, over HTTP; an action that changes something gets a
 * fixture of its own for each cell. Every cell that differs from the table is reported at once.
 */
abstract class AccessMatrixScenarios extends Scenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    IdentityService identityService;

    /** A report waiting for EST's assessment, with an attachment and a comment on its task. */
    record Fixture(String instance, String task, String attachment, String definition) {
    }

    /** An account that asks: a group's user (a role's holder of it alone), the administrator, or nobody. */
    record Asker(String user, OrganisationGroup group, Column column) {
    }

    @BeforeEach
    void oneUserPerRole() {
        for (OrganisationGroup role : OrganisationGroup.roles()) {
            String id = DemoLogins.of(role.id());
            if (identityService.createUserQuery().userId(id).count() == 0) {
                User user = identityService.newUser(id);
                user.setFirstName("Endast");
                user.setLastName(role.swedishName());
                user.setPassword(DemoLogins.PASSWORD);
                identityService.saveUser(user);
                identityService.createMembership(id, role.id());
            }
        }
    }

    /** Gone again afterwards: the scenarios that name a role's holders share this application. */
    @AfterEach
    void noUsersOfRolesAlone() {
        for (OrganisationGroup role : OrganisationGroup.roles()) {
            identityService.deleteUser(DemoLogins.of(role.id()));
        }
    }

    static List<Asker> askers() {
        List<Asker> askers = new ArrayList<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            askers.add(new Asker(group == OrganisationGroup.CAMUNDA_ADMIN ? DemoLogins.ADMIN : DemoLogins.of(group.id()),
                    group, columnOf(group)));
        }
        askers.add(new Asker(null, null, Column.ANONYMOUS));
        return askers;
    }

    private static Column columnOf(OrganisationGroup group) {
        return switch (group) {
            case EST -> Column.EST;
            case PARTNER_SYSTEMS -> Column.PARTNER;
            case AUDITORS -> Column.AUDITOR;
            case PROCESS_OWNERS -> Column.OWNER;
            case CAMUNDA_ADMIN -> Column.ADMIN;
            case MONITORING -> Column.MONITORING;
            default -> group.isRole() ? Column.ROLE : Column.STAFF;
        };
    }

    @Test
    void everyGroupReachesWhatTheTableSaysAndNothingElse() {
        Fixture shared = fixture();
        SoftAssertions cells = new SoftAssertions();
        int asked = 0;
        for (Row row : AccessMatrix.ROWS) {
            for (Asker asker : askers()) {
                Fixture fixture = row.writes() ? fixture() : shared;
                int status = ask(row, asker, fixture);
                cells.assertThat(status).as("%s (%s %s) by %s", row.name(), row.method(), row.path(),
                        asker.group() == null ? "nobody" : asker.group().id())
                        .isEqualTo(row.expected(asker.column(), asker.group()));
                asked++;
            }
        }
        cells.assertAll();
        assertThat(asked).isEqualTo(AccessMatrix.ROWS.size() * (OrganisationGroup.values().length + 1));
    }

    /** The surface's refusals are problem details in Swedish, for Camunda's clients with a message too. */
    @Test
    void whatTheSurfaceRefusesIsAnsweredInSwedish() {
        Fixture fixture = fixture();
        ResponseEntity<JsonNode> refused = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/engine-rest/process-instance/" + fixture.instance());

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(refused.getBody().get("title").asText()).isEqualTo("Ingen åtkomst");
        assertThat(refused.getBody().get("status").asInt()).isEqualTo(403);
        assertThat(refused.getBody().get("detail").asText()).startsWith("Kontot når inte GET /process-instance/");
        assertThat(refused.getBody().get("message").asText()).isEqualTo(refused.getBody().get("detail").asText());
    }

    private Fixture fixture() {
        Map<String, Object> variables = new HashMap<>();
        BypassScenarios.reportOfViolence().forEach((name, value) -> variables.put(name, ((Map<?, ?>) value).get("value")));
        String instance = runtimeService.startProcessInstanceByKey("incident-report", variables).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
        String attachment = taskService.createAttachment("text/plain", task.getId(), null, "anteckning.txt",
                "Anteckning från EST", new ByteArrayInputStream("Anteckning".getBytes(StandardCharsets.UTF_8))).getId();
        taskService.createComment(task.getId(), instance, "Noterat av EST.");
        return new Fixture(instance, task.getId(), attachment, task.getProcessDefinitionId());
    }

    /** A report whose instance has ended: what a restart starts again. */
    private String endedReport() {
        Map<String, Object> variables = new HashMap<>();
        BypassScenarios.reportOfViolence().forEach((name, value) -> variables.put(name, ((Map<?, ?>) value).get("value")));
        String instance = runtimeService.startProcessInstanceByKey("incident-report", variables).getId();
        runtimeService.deleteProcessInstance(instance, "Avslutad för behörighetstestet");
        return instance;
    }

    private int ask(Row row, Asker asker, Fixture fixture) {
        String path = row.path().replace("{task}", fixture.task()).replace("{instance}", fixture.instance())
                .replace("{attachment}", fixture.attachment()).replace("{definition}", fixture.definition())
                .replace("{year}", String.valueOf(LocalDate.now().getYear()));
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        Object body = switch (row.body()) {
            case NONE -> null;
            case JSON -> {
                headers.setContentType(MediaType.APPLICATION_JSON);
                yield json(row, asker, fixture);
            }
            case FILE -> {
                headers.setContentType(MediaType.MULTIPART_FORM_DATA);
                yield parts(Map.of("attachment-name", "anteckning.txt", "attachment-type", "text/plain"),
                        "content", "anteckning.txt", "Anteckning");
            }
            case DEPLOYMENT -> {
                headers.setContentType(MediaType.MULTIPART_FORM_DATA);
                yield parts(Map.of("deployment-name", "behörighetskontroll"), "data", "deployment-check.bpmn",
                        DEPLOYMENT_CHECK);
            }
        };
        var client = asker.user() == null ? http : http.withBasicAuth(asker.user(), DemoLogins.PASSWORD);
        return client.exchange(path, row.method(), new HttpEntity<>(body, headers), byte[].class)
                .getStatusCode().value();
    }

    private Object json(Row row, Asker asker, Fixture fixture) {
        if (AccessMatrix.PartnerReport.MARKER.equals(row.json())) {
            return Map.of("district", "skaggetorp", "place", "Gillbergska gatan 12", "category", "skadegorelse",
                    "occurredAt", OffsetDateTime.now().minusHours(2).toString(),
                    "description", "Klotter på fasaden.", "source", "bostadsbolag",
                    "externalReference", "MATRIS-" + UUID.randomUUID());
        }
        try {
            String text = JSON.writeValueAsString(row.json())
                    .replace("{user}", asker.user() == null ? "" : asker.user())
                    .replace("{instance}", fixture.instance());
            if (text.contains("{ended}")) {
                text = text.replace("{ended}", endedReport());
            }
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MultiValueMap<String, Object> parts(Map<String, String> fields, String fileField, String fileName,
                                                       String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        fields.forEach(parts::add);
        parts.add(fileField, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return parts;
    }

    private static final String DEPLOYMENT_CHECK = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
              <process id="deployment-check" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="StartEvent_Check" />
              </process>
            </definitions>""";
}
