package se.linkoping.samverkan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.support.DemoLogins;
import se.linkoping.samverkan.support.RestClient;
import se.linkoping.samverkan.support.Scenario;

/**
 * Who may do what, asked through the REST API as each group's demo user: which processes they can
 * start, which tasks, filters and history they see, and that auditors change nothing.
 */
abstract class AccessScenarios extends Scenario {

    @Autowired
    AuthorizationService authorizations;

    /** A report that EST must assess at once: its task belongs to EST alone. */
    private String estTaskProcessInstance;

    @BeforeEach
    void reportOfViolence() {
        Map<String, Object> variables = Map.of(
                "district", variable("ryd"), "place", variable("Rydstorget"), "category", variable("vald-hot"),
                "occurredAt", variable(OffsetDateTime.now().minusHours(1).toString()),
                "description", variable("Misshandel vid torget, polisen på plats."), "source", variable("polis"));
        ResponseEntity<JsonNode> started = RestClient.as(http, DemoLogins.EST_POLICE)
                .post("/engine-rest/process-definition/key/incident-report/submit-form", Map.of("variables", variables));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        estTaskProcessInstance = started.getBody().get("id").asText();
    }

    static Stream<Arguments> startableProcessesPerGroup() {
        return Stream.of(OrganisationGroup.values())
                .filter(group -> group != OrganisationGroup.CAMUNDA_ADMIN && !group.isRole())
                .map(group -> Arguments.of(group.id(), startableBy(group)));
    }

    /**
     * Staff and partners report incidents; the bodies, the security unit and district coordinators raise
     * matters; the coordination group also coordinates before known events; the security unit, the police
     * and the political steering group start a cooperation agreement.
     */
    private static List<String> startableBy(OrganisationGroup group) {
        List<String> startable = new java.util.ArrayList<>();
        if (group.isStaff() || group == OrganisationGroup.PARTNER_SYSTEMS) {
            startable.add("incident-report");
        }
        if (group.kind() == OrganisationGroup.Kind.BODY || group == OrganisationGroup.SECURITY_UNIT
                || group == OrganisationGroup.DISTRICT_COORDINATORS) {
            startable.add("matter");
        }
        if (group == OrganisationGroup.COORDINATION_GROUP) {
            startable.add("event-coordination");
        }
        if (group == OrganisationGroup.SECURITY_UNIT || group == OrganisationGroup.POLICE
                || group == OrganisationGroup.POLITICAL_STEERING_GROUP) {
            startable.add("cooperation-agreement");
        }
        return startable;
    }

    @ParameterizedTest(name = "{0} may start {1}")
    @MethodSource
    void startableProcessesPerGroup(String groupId, List<String> startable) {
        JsonNode definitions = RestClient.as(http, DemoLogins.of(groupId))
                .get("/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true").getBody();

        assertThat(definitions.findValuesAsText("key")).containsExactlyInAnyOrderElementsOf(startable);
    }

    @Test
    void estTaskIsSeenByEstMembersOnly() {
        String tasksOfReport = "/engine-rest/task?processInstanceId=" + estTaskProcessInstance;
        for (OrganisationGroup group : OrganisationGroup.values()) {
            if (group.isRole()) {
                continue; // no demo user of its own: its holder is below
            }
            boolean seesIt = group == OrganisationGroup.EST || group == OrganisationGroup.CAMUNDA_ADMIN;
            ResponseEntity<JsonNode> tasks = RestClient.as(http, DemoLogins.of(group.id())).get(tasksOfReport);
            if (group == OrganisationGroup.PARTNER_SYSTEMS || group == OrganisationGroup.MONITORING) {
                // partners' systems and the monitoring account do not reach the task list at all: no part of their work
                assertThat(tasks.getStatusCode()).as("task list asked by %s", group.id()).isEqualTo(HttpStatus.FORBIDDEN);
                continue;
            }
            assertThat(tasks.getBody())
                    .as("tasks of EST seen by %s", group.id())
                    .hasSize(seesIt ? 1 : 0);
        }
        assertThat(RestClient.as(http, DemoLogins.EST_SECURITY_UNIT).get(tasksOfReport).getBody()).hasSize(1);
        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get(tasksOfReport).getBody()).isEmpty();
        assertThat(RestClient.as(http, DemoLogins.POLICE_AREA_CHIEF).get(tasksOfReport).getBody())
                .as("the police area chief is in police, not in EST").isEmpty();
    }

    /**
     * A role (signatory, convener) gets Tasklist, its filter and the definition of the process its tasks are
     * in, and may start nothing of its own: its holders start what their other groups may.
     */
    @Test
    void rolesWorkInTasklistOnTheirOwnTasksAndStartNothing() {
        Map<OrganisationGroup, String> processOfTasks = Map.of(
                OrganisationGroup.KS_CHAIR, "cooperation-agreement",
                OrganisationGroup.POLICE_AREA_CHIEF, "cooperation-agreement",
                OrganisationGroup.COORDINATION_GROUP_CONVENER, "matter",
                OrganisationGroup.STEERING_GROUP_CONVENER, "matter",
                OrganisationGroup.POLITICAL_STEERING_GROUP_CONVENER, "matter");
        assertThat(processOfTasks.keySet()).containsExactlyInAnyOrderElementsOf(OrganisationGroup.roles());
        processOfTasks.forEach((role, process) -> {
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(role.id())
                    .resourceType(Resources.PROCESS_DEFINITION).list())
                    .as("definitions %s reads", role.id()).singleElement().satisfies(grant -> {
                        assertThat(grant.getResourceId()).isEqualTo(process);
                        assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
                        assertThat(grant.isPermissionGranted(Permissions.CREATE_INSTANCE)).isFalse();
                    });
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(role.id())
                    .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(role.id())
                    .resourceType(Resources.PROCESS_INSTANCE).count()).as("starts nothing").isZero();
        });
        assertThat(webappLogin(DemoLogins.POLICE_AREA_CHIEF, "tasklist", true)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(DemoLogins.POLICE_AREA_CHIEF, "cockpit", true)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCandidateGroupCommentsOnItsTaskAndReadsItsHistoryOthersDoNot() {
        String taskId = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/engine-rest/task?processInstanceId=" + estTaskProcessInstance).getBody().get(0).get("id").asText();

        ResponseEntity<JsonNode> comment = RestClient.as(http, DemoLogins.EST_SECURITY_UNIT)
                .post("/engine-rest/task/" + taskId + "/comment/create", Map.of("message", "Polisen har kontaktats."));
        assertThat(comment.getStatusCode()).as("%s", comment.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/engine-rest/task/" + taskId + "/comment").getBody())
                .singleElement().satisfies(c -> assertThat(c.get("message").asText()).isEqualTo("Polisen har kontaktats."));
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/engine-rest/history/task?taskId=" + taskId).getBody())
                .hasSize(1);

        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD).get("/engine-rest/history/task?taskId=" + taskId)
                .getBody()).isEmpty();
        assertThat(RestClient.as(http, DemoLogins.DEPARTMENT_HEAD)
                .post("/engine-rest/task/" + taskId + "/comment/create", Map.of("message", "Obehörig."))
                .getStatusCode().is2xxSuccessful()).isFalse();
    }

    @Test
    void auditorsReadAllHistoryOthersDoNot() {
        String history = "/engine-rest/history/process-instance?processInstanceId=" + estTaskProcessInstance;

        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get(history).getBody()).hasSize(1);
        assertThat(RestClient.as(http, DemoLogins.AUDITOR)
                .get("/engine-rest/history/activity-instance?processInstanceId=" + estTaskProcessInstance).getBody())
                .isNotEmpty();
        // staff do not reach the history of process instances at all: Tasklist does not use it
        assertThat(RestClient.as(http, DemoLogins.of("education")).get(history).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, DemoLogins.POLITICIAN).get(history).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void auditorCannotStartClaimOrCompleteAnything() {
        RestClient auditor = RestClient.as(http, DemoLogins.AUDITOR);
        String taskId = RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/engine-rest/task?processInstanceId=" + estTaskProcessInstance).getBody().get(0).get("id").asText();

        assertThat(auditor.status(HttpMethod.POST, "/engine-rest/process-definition/key/incident-report/start",
                Map.of())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.status(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
                Map.of("userId", DemoLogins.AUDITOR))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.status(HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete", Map.of()))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor.status(HttpMethod.DELETE, "/engine-rest/process-instance/" + estTaskProcessInstance, null))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE)
                .get("/engine-rest/task?processInstanceId=" + estTaskProcessInstance).getBody().get(0)
                .get("assignee").isNull()).isTrue();
    }

    @Test
    void estAndTheSecurityUnitSeeTheWeeklyCycleTheyWorkOnOthersDoNot() {
        String cycle = "/engine-rest/process-definition?key=est-weekly-cycle";

        assertThat(RestClient.as(http, DemoLogins.of("est")).get(cycle).getBody()).hasSize(1);
        assertThat(RestClient.as(http, DemoLogins.of("security-unit")).get(cycle).getBody()).hasSize(1);
        assertThat(RestClient.as(http, DemoLogins.of("education")).get(cycle).getBody()).isEmpty();
    }

    @Test
    void restApiNeedsCredentials() {
        assertThat(RestClient.anonymous(http).get("/engine-rest/task").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.anonymous(http).get("/engine-rest/process-definition").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RestClient.as(http, DemoLogins.EST_POLICE).get("/engine-rest/task").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void everyStaffGroupSeesItsOwnFilterAndNoOthers() {
        List<String> est = RestClient.as(http, DemoLogins.of("est")).get("/engine-rest/filter").getBody()
                .findValuesAsText("name");
        List<String> education = RestClient.as(http, DemoLogins.of("education")).get("/engine-rest/filter").getBody()
                .findValuesAsText("name");

        assertThat(est).containsExactlyInAnyOrder(AccessSetup.MY_GROUPS_FILTER, AccessSetup.MY_TASKS_FILTER,
                OrganisationGroup.EST.swedishName());
        assertThat(education).containsExactlyInAnyOrder(AccessSetup.MY_GROUPS_FILTER, AccessSetup.MY_TASKS_FILTER,
                OrganisationGroup.EDUCATION.swedishName());
        assertThat(RestClient.as(http, DemoLogins.AUDITOR).get("/engine-rest/filter").getBody()).isEmpty();
        // a role's holder also sees the role's filter
        assertThat(RestClient.as(http, DemoLogins.POLICE_AREA_CHIEF).get("/engine-rest/filter").getBody()
                .findValuesAsText("name")).containsExactlyInAnyOrder(AccessSetup.MY_GROUPS_FILTER,
                AccessSetup.MY_TASKS_FILTER, OrganisationGroup.POLICE.swedishName(),
                OrganisationGroup.POLICE_AREA_CHIEF.swedishName());
    }

    @Test
    void tasklistOpensTheFilterOfTheWorkOfAllTheUsersGroupsFirst() {
        RestClient est = RestClient.as(http, DemoLogins.of("est"));
        // Tasklist selects the filter with the lowest priority
        JsonNode filters = est.get("/engine-rest/filter").getBody();
        JsonNode first = null;
        JsonNode estFilter = null;
        for (JsonNode filter : filters) {
            if (first == null || filter.get("properties").get("priority").asInt()
                    < first.get("properties").get("priority").asInt()) {
                first = filter;
            }
            if (filter.get("name").asText().equals(OrganisationGroup.EST.swedishName())) {
                estFilter = filter;
            }
        }
        assertThat(first.get("name").asText()).isEqualTo(AccessSetup.MY_GROUPS_FILTER);
        // for a member of one group it holds exactly that group's tasks, as that member may see them
        String mine = est.get("/engine-rest/filter/" + first.get("id").asText() + "/count").getBody().get("count").asText();
        String group = est.get("/engine-rest/filter/" + estFilter.get("id").asText() + "/count").getBody().get("count")
                .asText();
        assertThat(mine).isEqualTo(group).isNotEqualTo("0");
        // and nothing for a group without tasks
        RestClient education = RestClient.as(http, DemoLogins.of("education"));
        String educationFirst = education.get("/engine-rest/filter?name=" + AccessSetup.MY_GROUPS_FILTER).getBody()
                .get(0).get("id").asText();
        assertThat(education.get("/engine-rest/filter/" + educationFirst + "/list?firstResult=0&maxResults=50")
                .getBody().findValuesAsText("processInstanceId")).doesNotContain(estTaskProcessInstance);
    }

    @Test
    void processOwnersDeployOthersMayNot() {
        assertThat(deploy(DemoLogins.PROCESS_OWNER)).isEqualTo(HttpStatus.OK);
        assertThat(deploy(DemoLogins.AUDITOR)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deploy(DemoLogins.EST_POLICE)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void webappsAdmitEachGroupToItsOwnAppsOnlyAndKeepCsrfProtection() {
        assertThat(webappLogin(DemoLogins.EST_POLICE, "tasklist", true)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(DemoLogins.EST_POLICE, "cockpit", true)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin(DemoLogins.AUDITOR, "tasklist", true)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin(DemoLogins.AUDITOR, "cockpit", true)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(DemoLogins.PROCESS_OWNER, "cockpit", true)).isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(DemoLogins.PARTNER_SYSTEM, "tasklist", true)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(webappLogin(DemoLogins.EST_POLICE, "tasklist", false)).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /** Logs in to a webapp as its login page does: with the CSRF token from the cookie, or without it. */
    private HttpStatusCode webappLogin(String user, String app, boolean withCsrfToken) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (String cookie : page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String nameValue = cookie.split(";", 2)[0];
            headers.add(HttpHeaders.COOKIE, nameValue);
            if (withCsrfToken && nameValue.startsWith("XSRF-TOKEN=")) {
                headers.add("X-XSRF-TOKEN", nameValue.substring("XSRF-TOKEN=".length()));
            }
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", DemoLogins.PASSWORD);
        return http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers),
                String.class).getStatusCode();
    }

    private HttpStatusCode deploy(String user) {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="deployment-check" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="StartEvent_Check" />
                  </process>
                </definitions>""";
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "behörighetskontroll");
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("data", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deployment-check.bpmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, DemoLogins.PASSWORD)
                .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(parts, headers), String.class)
                .getStatusCode();
    }

    private static Map<String, Object> variable(Object value) {
        return Map.of("value", value);
    }
}
