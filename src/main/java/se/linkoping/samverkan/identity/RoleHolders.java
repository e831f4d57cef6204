package se.linkoping.samverkan.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who holds a role ({@link OrganisationGroup.Kind#ROLE}) now: the members of its group, as an administrator
 * assigned them (where: {@link RoleAssignment}). Asked of the identity service at the moment someone acts, never of the
 * groups a request authenticated with, so a role taken away counts at once. What people read of one who
 * acted in a role is "Lars Holm (KS ordförande)".
 */
@Component
public class RoleHolders {

    private final IdentityService identity;
    private final People people;
    private final RoleAssignment assignment;

    public RoleHolders(IdentityService identity, People people, RoleAssignment assignment) {
        this.identity = identity;
        this.people = people;
        this.assignment = assignment;
    }

    /** Whether the user holds the role (is a member of its group) now. */
    public boolean holds(String userId, OrganisationGroup role) {
        return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(role.id()).count() > 0;
    }

    /** Whether the user is an administrator now. */
    public boolean isAdministrator(String userId) {
        return holds(userId, OrganisationGroup.CAMUNDA_ADMIN);
    }

    /** The ids of the role's holders now, sorted. */
    public List<String> holders(OrganisationGroup role) {
        return identity.createUserQuery().memberOfGroup(role.id()).orderByUserId().asc().list().stream()
                .map(User::getId).toList();
    }

    /** The role's holders by name, for a refusal: "Lars Holm", "Lars Holm och Eva Strand", or "ingen". */
    public String holderNames(OrganisationGroup role) {
        List<String> names = List.copyOf(people.names(holders(role)).values());
        if (names.isEmpty()) {
            return "ingen";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    /**
     * Why one who does not hold the role is refused, in Swedish: who holds it now and how it is assigned.
     *
     * @param what            what only the role's holder may do, as a clause: "underteckna för kommunen"
     * @param orAdministrator whether an administrator may do it too
     */
    public String notHolder(OrganisationGroup role, String what, boolean orAdministrator) {
        return "Bara den som har rollen ”" + role.shortName() + "” (i dag: " + holderNames(role) + ")"
                + (orAdministrator ? " eller en administratör" : "") + " kan " + what + ". " + assignment.howAssigned(role);
    }

    /** One who acted in a role, as people read it: "Lars Holm (KS ordförande)"; null for null. */
    public String actedAs(String userId, OrganisationGroup role) {
        return asRole(people.name(userId), role);
    }

    /** A person's name with the role they acted in: "Lars Holm (KS ordförande)"; null for a null name. */
    public static String asRole(String name, OrganisationGroup role) {
        if (name == null) {
            return null;
        }
        return role == null ? name : name + " (" + role.shortName() + ")";
    }
}
