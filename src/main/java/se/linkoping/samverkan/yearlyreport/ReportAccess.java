package se.linkoping.samverkan.yearlyreport;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.access.SignedInUsers;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Who reads the yearly report: the bodies that lead the work (steering group, political steering
 * group, coordination group), the security unit that prepares it, the auditors and the administrators.
 * Everyone else is refused in Swedish.
 */
@Component
class ReportAccess {

    static final List<OrganisationGroup> READERS = List.of(OrganisationGroup.STEERING_GROUP,
            OrganisationGroup.POLITICAL_STEERING_GROUP, OrganisationGroup.COORDINATION_GROUP,
            OrganisationGroup.SECURITY_UNIT, OrganisationGroup.AUDITORS, OrganisationGroup.CAMUNDA_ADMIN);

    private final SignedInUsers users;
    private final People people;

    ReportAccess(SignedInUsers users, People people) {
        this.users = users;
        this.people = people;
    }

    /**
     * The signed-in reader.
     *
     * @throws Refusal not signed in, or forbidden when the user is in none of the {@link #READERS}
     */
    SignedInUser reader(HttpServletRequest request) {
        SignedInUser user = users.required(request);
        if (READERS.stream().noneMatch(user::isIn)) {
            throw Refusal.forbidden("Årsrapporten är bara för styrgruppen, politiska "
                    + "styrgruppen, lednings- och samordningsgruppen, säkerhetsenheten, revisorerna och "
                    + "administratörerna. Du är inloggad som " + people.name(user.id()) + ", som inte är medlem i någon av dem.");
        }
        return user;
    }
}
