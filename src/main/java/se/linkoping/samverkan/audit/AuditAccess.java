package se.linkoping.samverkan.audit;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.access.SignedInUsers;

/** Only auditors and administrators read the audit trail: the others are refused in Swedish. */
@Component
class AuditAccess {

    /** A request the audit trail does not answer, with the status and the Swedish reason. */
    static class Refused extends RuntimeException {

        private final HttpStatus status;

        Refused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }

        HttpStatus status() {
            return status;
        }
    }

    private final SignedInUsers users;

    AuditAccess(SignedInUsers users) {
        this.users = users;
    }

    SignedInUser auditor(HttpServletRequest request) {
        SignedInUser user = users.of(request).orElseThrow(() -> new Refused(HttpStatus.UNAUTHORIZED,
                "Du är inte inloggad. Logga in i Samverkan (Cockpit) och öppna sidan igen."));
        if (!user.mayAudit()) {
            throw new Refused(HttpStatus.FORBIDDEN, "Granskningen är bara för revisorer och administratörer. Du är "
                    + "inloggad som " + user.id() + ", som inte är medlem i gruppen Revisorer.");
        }
        return user;
    }
}
