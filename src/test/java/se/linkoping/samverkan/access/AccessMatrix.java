package se.linkoping.samverkan.access;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The one table of who reaches what: every action of Camunda's REST API and of Samverkan's API that a role
 * could try, and the answer each kind of account gets. Read by {@link AccessMatrixScenarios}, which asks
 * every cell as a real user of every group.
 * <p>
 * The columns: {@code EST} (the candidate group of the task in the fixture), other {@code STAFF}, a
 * {@code ROLE} alone, {@code PARTNER} systems, {@code AUDITOR}s, process {@code OWNER}s, {@code ADMIN}istrators,
 * {@code ANONYMOUS} and {@code MONITORING} (metrics only). Where one group differs from its column, the row says so by
 * group.
 * In paths and bodies, {@code {task}}, {@code {instance}}, {@code {attachment}}, {@code {definition}},
 * {@code {user}}, {@code {year}} and {@code {ended}} (an instance that has ended) are filled in from the fixture.
 * Roles alone do not see the definition of {@code incident-report}: for them it is not there ({@code 404}).
 * EST works on its task but may not rename it nor hand it to another group: the engine's task permissions.
 */
final class AccessMatrix {

    enum Column { EST, STAFF, ROLE, PARTNER, AUDITOR, OWNER, ADMIN, ANONYMOUS, MONITORING }

    /** What a request sends: nothing, JSON, or a file. */
    enum Body { NONE, JSON, FILE, DEPLOYMENT }

    /**
     * One action and its answers.
     *
     * @param writes whether it changes something, so that each cell gets a fixture of its own
     */
    record Row(String name, HttpMethod method, String path, Body body, Object json, boolean writes,
               Map<Column, Integer> byColumn, Map<OrganisationGroup, Integer> byGroup) {

        int expected(Column column, OrganisationGroup group) {
            return group != null && byGroup.containsKey(group) ? byGroup.get(group) : byColumn.get(column);
        }

        Row except(int status, OrganisationGroup... groups) {
            Map<OrganisationGroup, Integer> more = new HashMap<>(byGroup);
            for (OrganisationGroup group : groups) {
                more.put(group, status);
            }
            return new Row(name, method, path, body, json, writes, byColumn, Map.copyOf(more));
        }
    }

    private AccessMatrix() {
    }

    /**
     * Answers in column order: EST, STAFF, ROLE, PARTNER, AUDITOR, OWNER, ADMIN; ANONYMOUS is always 401 and
     * MONITORING (the account that reads the metrics, and nothing else) always 403.
     */
    private static Row row(String name, HttpMethod method, String path, Body body, Object json, boolean writes,
                           int... answers) {
        Map<Column, Integer> byColumn = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            byColumn.put(column, switch (column) {
                case ANONYMOUS -> 401;
                case MONITORING -> 403;
                default -> answers[column.ordinal()];
            });
        }
        return new Row(name, method, path, body, json, writes, byColumn, Map.of());
    }

    private static Row read(String name, String path, int... answers) {
        return row(name, HttpMethod.GET, path, Body.NONE, null, false, answers);
    }

    private static Row write(String name, HttpMethod method, String path, Object json, int... answers) {
        return row(name, method, path, json == null ? Body.NONE : Body.JSON, json, true, answers);
    }

    private static final String E = "/engine-rest";
    private static final List<Map<String, String>> PAST_THE_CHECK =
            List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AssessReport"));

    static final List<Row> ROWS = List.of(
            // ---- Camunda's REST API: reading                 EST  STAFF ROLE PARTNER AUDITOR OWNER ADMIN
            read("list definitions", E + "/process-definition?latestVersion=true", 200, 200, 200, 200, 200, 200, 200),
            read("list tasks", E + "/task?processInstanceId={instance}", 200, 200, 200, 403, 200, 200, 200),
            read("read the task", E + "/task/{task}", 200, 404, 404, 403, 404, 404, 200),
            read("read its comments", E + "/task/{task}/comment", 200, 404, 404, 403, 200, 404, 200),
            read("list its attachments", E + "/task/{task}/attachment", 200, 404, 404, 403, 200, 404, 200),
            read("read an attachment", E + "/task/{task}/attachment/{attachment}", 200, 403, 403, 403, 200, 403, 200),
            read("task history", E + "/history/task?taskId={task}", 200, 200, 200, 403, 200, 200, 200),
            read("operation log of the task", E + "/history/user-operation?taskId={task}",
                    200, 200, 200, 403, 200, 200, 200),
            read("instance history", E + "/history/process-instance?processInstanceId={instance}",
                    403, 403, 403, 403, 200, 200, 200),
            read("read the instance", E + "/process-instance/{instance}", 403, 403, 403, 403, 200, 404, 200),
            read("its variables", E + "/process-instance/{instance}/variables", 403, 403, 403, 403, 200, 403, 200),
            read("list filters", E + "/filter", 200, 200, 200, 403, 200, 200, 200),
            read("list deployments", E + "/deployment", 403, 403, 403, 403, 200, 200, 200),
            read("list jobs", E + "/job", 403, 403, 403, 403, 200, 200, 200),
            read("list users", E + "/user", 200, 200, 200, 403, 200, 200, 200),
            read("list authorizations", E + "/authorization", 200, 200, 200, 403, 200, 200, 200),
            // ---- Camunda's REST API: changing
            write("report with the start form", HttpMethod.POST, E + "/process-definition/key/incident-report/submit-form",
                    Map.of("variables", BypassScenarios.reportOfViolence()), 200, 200, 404, 200, 403, 403, 200),
            write("start past the check", HttpMethod.POST, E + "/process-definition/key/incident-report/start",
                    Map.of("variables", BypassScenarios.reportOfViolence(), "startInstructions", PAST_THE_CHECK),
                    403, 403, 404, 403, 403, 403, 403),
            write("claim the task", HttpMethod.POST, E + "/task/{task}/claim", Map.of("userId", "{user}"),
                    204, 403, 403, 403, 403, 403, 204),
            write("complete its form", HttpMethod.POST, E + "/task/{task}/submit-form", Map.of("variables",
                    Map.of("assessment", Map.of("value", "Bedömt: ingen åtgärd före veckomötet."),
                            "immediateAction", Map.of("value", false))), 204, 403, 403, 403, 403, 403, 204),
            write("change the task", HttpMethod.PUT, E + "/task/{task}", Map.of("name", "Bedöm händelsen", "priority", 90),
                    403, 404, 404, 403, 403, 403, 204),
            write("comment on it", HttpMethod.POST, E + "/task/{task}/comment/create", Map.of("message", "Noterat."),
                    200, 400, 400, 403, 403, 403, 200),
            row("attach a file to it", HttpMethod.POST, E + "/task/{task}/attachment/create", Body.FILE, null, true,
                    200, 400, 400, 403, 403, 403, 200),
            write("delete its attachment", HttpMethod.DELETE, E + "/task/{task}/attachment/{attachment}", null,
                    204, 404, 404, 403, 403, 403, 204),
            write("add a candidate group", HttpMethod.POST, E + "/task/{task}/identity-links",
                    Map.of("groupId", "police", "type", "candidate"), 403, 403, 403, 403, 403, 403, 204),
            write("modify the instance", HttpMethod.POST, E + "/process-instance/{instance}/modification",
                    Map.of("instructions", PAST_THE_CHECK), 403, 403, 403, 403, 403, 403, 204),
            write("set a variable", HttpMethod.PUT, E + "/process-instance/{instance}/variables/promptAssessment",
                    Map.of("value", false), 403, 403, 403, 403, 403, 403, 204),
            write("delete the instance", HttpMethod.DELETE, E + "/process-instance/{instance}", null,
                    403, 403, 403, 403, 403, 403, 204),
            write("restart it", HttpMethod.POST, E + "/process-definition/{definition}/restart",
                    Map.of("processInstanceIds", List.of("{ended}"), "instructions", PAST_THE_CHECK),
                    403, 403, 403, 403, 403, 403, 403),
            write("correlate a message", HttpMethod.POST, E + "/message", Map.of("messageName", "MatterDecided"),
                    403, 403, 403, 403, 403, 403, 400),
            row("deploy", HttpMethod.POST, E + "/deployment/create", Body.DEPLOYMENT, null, true,
                    403, 403, 403, 403, 403, 200, 200),
            // ---- Samverkan's API
            // every signed-in account, the monitoring account among them
            read("reference data", "/api/reference-data", 200, 200, 200, 200, 200, 200, 200)
                    .except(200, OrganisationGroup.MONITORING),
            read("reference data with retired entries", "/api/reference-data/all", 403, 403, 403, 403, 403, 403, 200),
            read("reference data's history", "/api/reference-data/changes", 403, 403, 403, 403, 403, 403, 200),
            row("report from a system", HttpMethod.POST, "/api/incident-reports", Body.JSON, PartnerReport.MARKER, true,
                    201, 201, 403, 201, 403, 403, 201),
            read("situational picture", "/api/picture/counts", 200, 403, 403, 403, 403, 403, 200)
                    .except(200, OrganisationGroup.SECURITY_UNIT, OrganisationGroup.POLICE,
                            OrganisationGroup.COORDINATION_GROUP, OrganisationGroup.STEERING_GROUP,
                            OrganisationGroup.POLITICAL_STEERING_GROUP),
            read("audit", "/api/audit/cadence", 403, 403, 403, 403, 200, 403, 200),
            read("yearly report", "/api/reports/yearly/{year}", 403, 403, 403, 403, 200, 403, 200)
                    .except(200, OrganisationGroup.STEERING_GROUP, OrganisationGroup.POLITICAL_STEERING_GROUP,
                            OrganisationGroup.COORDINATION_GROUP, OrganisationGroup.SECURITY_UNIT),
            read("a body's meetings", "/api/meetings?body=steering-group", 403, 403, 403, 403, 200, 403, 200)
                    .except(200, OrganisationGroup.STEERING_GROUP),
            read("calendar", "/api/calendar/events.ics", 200, 200, 200, 200, 200, 200, 200)
                    .except(200, OrganisationGroup.MONITORING));

    /** A partner's report, made unique per cell by its external reference. */
    static final class PartnerReport {
        static final String MARKER = "partner-report";

        private PartnerReport() {
        }
    }
}
