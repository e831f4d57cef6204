package se.linkoping.samverkan.access;

import java.util.List;

import se.linkoping.samverkan.identity.OrganisationGroup;

/** A member of staff signed in to Samverkan, with their groups. */
public record SignedInUser(String id, List<String> groupIds) {

    public SignedInUser {
        groupIds = List.copyOf(groupIds);
    }

    public boolean isIn(OrganisationGroup group) {
        return groupIds.contains(group.id());
    }

    /** Auditors and administrators: they read every matter's history. */
    public boolean mayAudit() {
        return isIn(OrganisationGroup.AUDITORS) || isIn(OrganisationGroup.CAMUNDA_ADMIN);
    }
}
