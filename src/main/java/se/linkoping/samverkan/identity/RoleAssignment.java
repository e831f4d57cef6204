package se.linkoping.samverkan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Where a person is given one of Samverkan's groups, in Swedish: in Camunda Admin (the engine's own users), in the
 * municipality's directory (profile {@code ldap}: users and groups read from it) or at the identity provider (profile
 * {@code oidc}: memberships follow the provider's groups at every sign-in, so a change in Camunda Admin would not
 * last). One place, so that no refusal or log line sends a person to where the assignment would not hold.
 */
@Component
public class RoleAssignment {

    private final IdentityService identity;
    private final DirectoryGroups directoryGroups;
    private final boolean provider;

    public RoleAssignment(IdentityService identity, DirectoryGroups directoryGroups, Environment environment) {
        this.identity = identity;
        this.directoryGroups = directoryGroups;
        this.provider = environment.acceptsProfiles(Profiles.of("oidc"));
    }

    /** How a role is assigned, as a sentence for the person refused. */
    public String howAssigned(OrganisationGroup role) {
        if (provider || identity.isReadOnly()) {
            return "Rollen tilldelas i kommunens " + (provider ? "inloggningstjänst" : "katalog")
                    + ": den som är medlem i gruppen " + String.join(" eller ", directoryGroups.directoryNamesOf(role.id()))
                    + " har den" + (provider ? " från nästa inloggning." : ".");
        }
        return "En administratör tilldelar rollen i Camunda Admin (Grupper → " + role.shortName() + ").";
    }

    /** Where roles are assigned, for the operator's log: "i Camunda Admin under Grupper", .... */
    public String where() {
        if (provider) {
            return "i kommunens inloggningstjänst (grupperna enligt samverkan.identity.groups)";
        }
        return identity.isReadOnly() ? "i kommunens katalog (samverkan.identity.groups)" : "i Camunda Admin under Grupper";
    }
}
