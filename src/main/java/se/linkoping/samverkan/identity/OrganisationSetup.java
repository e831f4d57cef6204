package se.linkoping.samverkan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the organisation's groups and keeps their Swedish names current. Idempotent: a restart
 * changes nothing that is already right. Memberships are the administrators' (where: {@link RoleAssignment}), also
 * of the roles; a role nobody holds is only reported.
 */
public class OrganisationSetup {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

    private final IdentityService identityService;
    private final RoleAssignment assignment;

    public OrganisationSetup(IdentityService identityService, RoleAssignment assignment) {
        this.identityService = identityService;
        this.assignment = assignment;
    }

    public void run() {
        for (OrganisationGroup wanted : OrganisationGroup.values()) {
            Group group = identityService.createGroupQuery().groupId(wanted.id()).singleResult();
            if (group == null) {
                group = identityService.newGroup(wanted.id());
                log.info("Creating group {} ({})", wanted.id(), wanted.swedishName());
            } else if (wanted.swedishName().equals(group.getName()) && wanted.camundaType().equals(group.getType())) {
                continue;
            }
            group.setName(wanted.swedishName());
            group.setType(wanted.camundaType());
            identityService.saveGroup(group);
        }
    }

    /** Logs each role nobody holds: its tasks wait for an administrator to assign it (or to act). */
    public void reportUnheldRoles() {
        for (OrganisationGroup role : OrganisationGroup.roles()) {
            if (identityService.createUserQuery().memberOfGroup(role.id()).count() == 0) {
                log.warn("Rollen {} ({}) har ingen innehavare: tilldela den {}.", role.swedishName(), role.id(),
                        assignment.where());
            }
        }
    }
}
