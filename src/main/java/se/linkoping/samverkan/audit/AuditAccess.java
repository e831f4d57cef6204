package se.linkoping.samverkan.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.access.SignedInUsers;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.refusal.Refusal;

/** Only auditors and administrators read the audit trail: the others are refused in Swedish. */
@Component
class AuditAccess {

    private final SignedInUsers users;
    private final People people;

    AuditAccess(SignedInUsers users, People people) {
        this.users = users;
        this.people = people;
    }

    /**
     * @throws Refusal not signed in, or forbidden for anyone but auditors and administrators
     */
    SignedInUser auditor(HttpServletRequest request) {
        SignedInUser user = users.required(request);
        if (!user.mayAudit()) {
            throw Refusal.forbidden("Granskningen är bara för revisorer och administratörer. Du är inloggad som "
                    + people.name(user.id()) + ", som inte är medlem i gruppen Revisorer.");
        }
        return user;
    }
}
