package se.linkoping.samverkan.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.StartupOrder;

/**
 * Brings the authorizations and Tasklist filters to what {@link AccessPolicy} says, at every start.
 * Grants are set to exactly the listed permissions, so narrowing the policy narrows the database too.
 */
@Component
@Order(StartupOrder.ACCESS)
class AccessSetup implements ApplicationRunner {

    static final String MY_TASKS_FILTER = "Mina uppgifter";

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    AccessSetup(AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (OrganisationGroup group : OrganisationGroup.values()) {
            for (Grant grant : AccessPolicy.grantsOf(group)) {
                grant(group, grant);
            }
        }
        Filter myTasks = filter(MY_TASKS_FILTER, -10, "Uppgifter som du har tagit eller tilldelats",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        for (OrganisationGroup group : OrganisationGroup.staff()) {
            grant(group, Grant.of(Resources.FILTER, myTasks.getId(), Permissions.READ));
            Filter groupTasks = filter(group.swedishName(), 0, "Uppgifter för " + group.swedishName(),
                    taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks());
            grant(group, Grant.of(Resources.FILTER, groupTasks.getId(), Permissions.READ));
        }
    }

    private void grant(OrganisationGroup group, Grant grant) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(group.id())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group.id());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (hasExactly(authorization, grant.permissions())) {
            return;
        }
        authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
        authorizationService.saveAuthorization(authorization);
    }

    private static boolean hasExactly(Authorization authorization, List<Permission> permissions) {
        Permission[] held = authorization.getPermissions(Permissions.values());
        return held.length == permissions.size() && List.of(held).containsAll(permissions)
                || permissions.contains(Permissions.ALL) && authorization.isEveryPermissionGranted();
    }

    private Filter filter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        filter.setProperties(properties);
        filter.setQuery(query);
        return filterService.saveFilter(filter);
    }
}
