package se.linkoping.samverkan.access;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * Brings the authorizations and Tasklist filters to what {@link AccessPolicy} says, at every start.
 * A grant the policy lists gets exactly the listed permissions; grants an administrator added in
 * Camunda Admin beyond the policy are left alone. Filters are recognised by a property of their own,
 * so an administrator may rename them or add others with the same name.
 */
public class AccessSetup {

    static final String MY_TASKS_FILTER = "Mina uppgifter";
    static final String MY_GROUPS_FILTER = "Mina gruppers uppgifter";
    /** The filter property that marks a filter as Samverkan's and says which one it is. */
    static final String FILTER_MARK = "samverkanFilter";

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public AccessSetup(AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    public void run() {
        for (OrganisationGroup group : OrganisationGroup.values()) {
            for (Grant grant : AccessPolicy.grantsOf(group)) {
                grant(group, grant);
            }
        }
        Map<Object, Filter> ours = filterService.createFilterQuery().list().stream()
                .filter(f -> f.getProperties() != null && f.getProperties().get(FILTER_MARK) != null)
                .collect(Collectors.toMap(f -> f.getProperties().get(FILTER_MARK), f -> f, (a, b) -> a));
        // the first filter is the one Tasklist opens: each user lands on the work of all their groups
        Filter myGroups = filter(ours, "my-groups", MY_GROUPS_FILTER, -20,
                "Uppgifter för de grupper och roller som du tillhör, också de som någon har tagit",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        Filter myTasks = filter(ours, "my-tasks", MY_TASKS_FILTER, -10, "Uppgifter som du har tagit eller tilldelats",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        for (OrganisationGroup group : OrganisationGroup.inTasklist()) {
            grant(group, Grant.of(Resources.FILTER, myGroups.getId(), Permissions.READ));
            grant(group, Grant.of(Resources.FILTER, myTasks.getId(), Permissions.READ));
            Filter groupTasks = filter(ours, "group:" + group.id(), group.swedishName(), 0,
                    "Uppgifter för " + group.swedishName(),
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

    /** Whether the authorization grants the wanted permissions and no other, compared bit by bit. */
    private static boolean hasExactly(Authorization authorization, List<Permission> permissions) {
        if (permissions.contains(Permissions.ALL)) {
            return authorization.isEveryPermissionGranted();
        }
        int wanted = permissions.stream().mapToInt(Permission::getValue).reduce(0, (x, y) -> x | y);
        for (int bit = 1; bit > 0; bit <<= 1) {
            if (authorization.isPermissionGranted(permissionWithValue(bit)) != ((wanted & bit) != 0)) {
                return false;
            }
        }
        return true;
    }

    private static Permission permissionWithValue(int value) {
        return new Permission() {
            @Override
            public String getName() {
                return "bit-" + value;
            }

            @Override
            public int getValue() {
                return value;
            }

            @Override
            public Resources[] getTypes() {
                return Resources.values();
            }
        };
    }

    private Filter filter(Map<Object, Filter> ours, String mark, String name, int priority, String description,
                          TaskQuery query) {
        Filter filter = ours.get(mark);
        if (filter != null) {
            return filter;
        }
        filter = filterService.newTaskFilter(name);
        Map<String, Object> properties = new HashMap<>();
        properties.put(FILTER_MARK, mark);
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        filter.setProperties(properties);
        filter.setQuery(query);
        return filterService.saveFilter(filter);
    }
}
