package se.linkoping.samverkan.access;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who the engine counts as an administrator: a member of an admin group (camunda-admin) or an admin user. */
final class Administrators {

    private Administrators() {
    }

    static boolean includes(ProcessEngineConfigurationImpl configuration, Authentication user) {
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        List<String> adminGroups = configuration.getAdminGroups() == null ? List.of() : configuration.getAdminGroups();
        List<String> adminUsers = configuration.getAdminUsers() == null ? List.of() : configuration.getAdminUsers();
        return adminUsers.contains(user.getUserId()) || groups.stream().anyMatch(adminGroups::contains);
    }
}
