package se.linkoping.samverkan.access;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The part of Camunda's REST API each group reaches, as an allow-list; everything else is refused before the
 * engine is asked. Staff and the roles reach what Tasklist uses; partners' systems what starting a report
 * needs; auditors and process owners read (Cockpit) and never write, process owners also deploy (Modeler);
 * everyone their own profile and password (the engine lets nobody change another's); administrators reach
 * everything. A member of several groups reaches what any of them does. What a rule
 * lets through, the engine's authorizations still decide.
 * <p>
 * Paths are those after the engine's root: {@code /task/{id}/claim} of {@code /engine-rest/task/{id}/claim}
 * or of {@code /camunda/api/engine/engine/default/task/{id}/claim} (Tasklist's way in).
 */
final class RestSurface {

    /** One method (GET also admits HEAD and OPTIONS) on the paths a pattern matches. */
    record Rule(String method, Pattern path) {

        static Rule of(String method, String regex) {
            return new Rule(method, Pattern.compile(regex));
        }

        boolean admits(String requestMethod, String requestPath) {
            String asked = "HEAD".equals(requestMethod) || "OPTIONS".equals(requestMethod) ? "GET" : requestMethod;
            return method.equals(asked) && path.matcher(requestPath).matches();
        }
    }

    private static final String ID = "[^/]+";
    private static final String DEFINITION = "/process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")";

    /** One's own account, as the webapps' welcome page shows it: the profile, the password and its policy. */
    private static final List<Rule> OWN_ACCOUNT = List.of(
            Rule.of("GET", "/user/" + ID + "/profile|/identity/(groups|password-policy)"),
            Rule.of("PUT", "/user/" + ID + "/(profile|credentials)"),
            Rule.of("POST", "/identity/password-policy"));

    /** Starting a process with its start form, or without one: never past its start ({@link BypassGuard}). */
    private static final List<Rule> STARTING = List.of(
            Rule.of("GET", "/?|/(engine/?|version)"),
            Rule.of("GET", "/process-definition(/.*)?"),
            Rule.of("POST", DEFINITION + "/(start|submit-form)"));

    /**
     * What Tasklist asks for: definitions and start forms, filters, tasks and their forms, comments, history;
     * and a task's attachments, which follow the task's permissions ({@link TaskRecordsGuard}).
     */
    private static final List<Rule> TASKLIST = List.of(
            Rule.of("GET", "/(task|filter|history/task|history/user-operation|history/identity-link-log|user|group"
                    + "|identity|authorization)(/.*)?"),
            Rule.of("POST", "/filter/" + ID + "/(list|count|singleResult)"),
            Rule.of("POST", "/task(/count)?|/history/task(/count)?"),
            Rule.of("POST", "/task/" + ID + "/(claim|unclaim|assignee|complete|submit-form|comment/create"
                    + "|attachment/create|identity-links|identity-links/delete)"),
            Rule.of("PUT", "/task/" + ID),
            Rule.of("DELETE", "/task/" + ID + "/attachment/" + ID));

    /** Reading, as Cockpit does: every GET, and the queries sent as POST (a collection, or its count). */
    private static final List<Rule> READING = List.of(
            Rule.of("GET", "/.*|"),
            Rule.of("POST", "(/history)?/(process-instance|activity-instance|task|variable-instance|detail|job-log"
                    + "|external-task-log|execution|job|job-definition|external-task|incident|decision-instance)"
                    + "(/count)?"));

    /** Deploying from Camunda Modeler. */
    private static final List<Rule> DEPLOYING = List.of(Rule.of("POST", "/deployment/create"));

    private RestSurface() {
    }

    static List<Rule> rulesOf(OrganisationGroup group) {
        if (group.worksInTasklist()) {
            return concat(OWN_ACCOUNT, concat(STARTING, TASKLIST));
        }
        return switch (group) {
            case PARTNER_SYSTEMS -> concat(OWN_ACCOUNT, STARTING);
            case AUDITORS -> concat(OWN_ACCOUNT, READING);
            case PROCESS_OWNERS -> concat(OWN_ACCOUNT, concat(READING, DEPLOYING));
            default -> List.of();
        };
    }

    /**
     * Whether a member of these groups reaches the path with the method. Administrators reach everything; a
     * path that is not plain (empty or dot segments, parameters in it, encoded slashes) nobody else.
     */
    static boolean admits(Collection<String> groupIds, Set<String> adminGroups, String method, String path) {
        if (groupIds.stream().anyMatch(adminGroups::contains)) {
            return true;
        }
        if (!plain(path)) {
            return false;
        }
        return groupIds.stream().map(OrganisationGroup::byId).flatMap(Optional::stream)
                .flatMap(group -> rulesOf(group).stream()).anyMatch(rule -> rule.admits(method, path));
    }

    private static boolean plain(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return !path.contains("//") && !path.contains("/./") && !path.contains("/../") && !path.endsWith("/..")
                && !path.endsWith("/.") && !path.contains(";") && !lower.contains("%2f") && !lower.contains("%5c")
                && !lower.contains("%2e") && !path.contains("\\");
    }

    private static List<Rule> concat(List<Rule> first, List<Rule> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
