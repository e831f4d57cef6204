package se.linkoping.samverkan.access;

import java.util.Set;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Empties the {@link LoginCache} whenever users, groups, tenants or memberships change through the engine (Admin,
 * the REST API, the application itself): a changed password, a removed user or a membership taken away counts from
 * the next request on this node.
 */
final class IdentityChanges extends CommandInterceptor {

    /** The engine's commands that change who someone is or which groups and tenants they are in. */
    private static final Set<String> CHANGES = Set.of("SaveUserCmd", "DeleteUserCmd", "UnlockUserCmd",
            "CreateMembershipCmd", "DeleteMembershipCmd", "SaveGroupCmd", "DeleteGroupCmd", "SaveTenantCmd",
            "DeleteTenantCmd", "CreateTenantUserMembershipCmd", "CreateTenantGroupMembershipCmd",
            "DeleteTenantUserMembershipCmd", "DeleteTenantGroupMembershipCmd");

    private final LoginCache logins;

    IdentityChanges(LoginCache logins) {
        this.logins = logins;
    }

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } finally {
            if (CHANGES.contains(command.getClass().getSimpleName())) {
                logins.forgetAll();
            }
        }
    }
}
