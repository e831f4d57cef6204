package se.linkoping.samverkan.access;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One authorization a group holds: permissions on a resource (a single id or {@code *} for all). */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

    static final String ANY = "*";

    static Grant of(Resource resource, String resourceId, Permission... permissions) {
        return new Grant(resource, resourceId, List.of(permissions));
    }
}
