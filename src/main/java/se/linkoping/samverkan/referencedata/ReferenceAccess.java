package se.linkoping.samverkan.referencedata;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.access.SignedInUsers;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Who keeps the reference data: administrators (group {@code camunda-admin}), on the page {@code /referensdata} and
 * in the API. Everyone may read the active lists ({@code GET /api/reference-data}); everyone else is refused the
 * rest in Swedish.
 */
@Component
class ReferenceAccess {

    private final SignedInUsers users;
    private final People people;

    ReferenceAccess(SignedInUsers users, People people) {
        this.users = users;
        this.people = people;
    }

    static boolean mayKeep(SignedInUser user) {
        return user.isIn(OrganisationGroup.CAMUNDA_ADMIN);
    }

    /**
     * @throws Refusal not signed in, or forbidden for anyone but an administrator
     */
    SignedInUser administrator(HttpServletRequest request) {
        SignedInUser user = users.required(request);
        if (!mayKeep(user)) {
            throw Refusal.forbidden("Stadsdelar, kategorier och källor ändras bara av administratörer. Du är inloggad "
                    + "som " + people.name(user.id()) + ", som inte är administratör.");
        }
        return user;
    }
}
