package se.linkoping.samverkan.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The demo users at work: each step is taken with the engine authenticated as the person (and their
 * groups), as Tasklist and the API do, so that authorizations apply and decision records, reports and
 * Camunda's operation log name real people. The authentication is cleared after each step; everything
 * else the simulation does (reading, running jobs) runs without one, as the job executor does.
 */
final class Staff {

    /** Who does a group's work in the demo: the named people first, otherwise the group's demo user. */
    private static final Map<String, String> MEMBER = Map.of(
            "police", "anna.lindqvist",
            "security-unit", "erik.sandberg",
            "district-coordinators", "sara.nilsson",
            "coordination-group", "johan.berg",
            "social-care", "johan.berg",
            "steering-group", "maria.ek",
            "education", "maria.ek",
            "political-steering-group", "lars.holm");
    /** EST's two members take turns. */
    private static final List<String> EST = List.of("anna.lindqvist", "erik.sandberg");
    /** The account partners' systems report through. */
    static final String PARTNER_SYSTEM = "demo-partner-systems";

    private final IdentityService identity;
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final Map<String, List<String>> groups = new HashMap<>();
    private int estTurn;

    Staff(IdentityService identity, TaskService tasks, FormService forms, RepositoryService repository) {
        this.identity = identity;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
    }

    /** The person who does a group's task now; a role's task, its holder now (as an administrator assigned it). */
    String memberOf(String groupId) {
        if ("est".equals(groupId)) {
            return EST.get(estTurn++ % EST.size());
        }
        if (OrganisationGroup.byId(groupId).filter(OrganisationGroup::isRole).isPresent()) {
            return identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().listPage(0, 1).stream()
                    .map(User::getId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Nobody in the demo holds the role " + groupId));
        }
        return MEMBER.getOrDefault(groupId, "demo-" + groupId);
    }

    /** Runs a step as a user. */
    <T> T as(String userId, Supplier<T> step) {
        List<String> memberships = groups.computeIfAbsent(userId, id -> identity.createGroupQuery().groupMember(id)
                .list().stream().map(Group::getId).toList());
        identity.setAuthentication(userId, memberships);
        try {
            return step.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Claims a task (unless someone has) and submits its form, as Tasklist does. */
    void complete(Task task, String userId, Map<String, Object> values) {
        as(userId, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), userId);
            }
            forms.submitTaskForm(task.getId(), values);
            return null;
        });
    }

    /** Starts the latest version of a process with its start form, as Tasklist does. */
    String start(String processKey, String userId, Map<String, Object> values) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult().getId();
        return as(userId, () -> forms.submitStartForm(definition, values).getId());
    }
}
