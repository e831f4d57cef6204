package se.linkoping.samverkan.picture;

import static se.linkoping.samverkan.identity.OrganisationGroup.CAMUNDA_ADMIN;
import static se.linkoping.samverkan.identity.OrganisationGroup.COORDINATION_GROUP;
import static se.linkoping.samverkan.identity.OrganisationGroup.EST;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLICE;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLITICAL_STEERING_GROUP;
import static se.linkoping.samverkan.identity.OrganisationGroup.SECURITY_UNIT;
import static se.linkoping.samverkan.identity.OrganisationGroup.STEERING_GROUP;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.access.SignedInUsers;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Who sees the situational-picture dashboard, and how much of the reports behind it.
 * <ul>
 * <li>The bodies that work with the situational picture see it: EST and the two units that lead it (the
 * security unit and the police), the coordination group, the steering group and the political steering
 * group, and administrators. Everyone else is refused in Swedish (403), and so is a request without a
 * signed-in user (401): departments, district coordinators, process owners and partner systems; auditors
 * too, who read the pictures a matter rested on in its audit timeline instead.</li>
 * <li>Counts, trends, priorities and the reports' time, place, category and source are the picture itself,
 * which the coordination and steering groups are to receive from EST. A report's description is EST's
 * working material (who did what, where, seen by whom) and stays with EST, the security unit, the police and
 * administrators; the other bodies see that there is one, not what it says.</li>
 * </ul>
 */
@Component
public class DashboardAccess {

    /** The groups whose members see the dashboard. */
    public static final List<OrganisationGroup> VIEWERS = List.of(EST, SECURITY_UNIT, POLICE, COORDINATION_GROUP,
            STEERING_GROUP, POLITICAL_STEERING_GROUP, CAMUNDA_ADMIN);
    /** The groups whose members also read the reports' descriptions. */
    public static final List<OrganisationGroup> DESCRIPTION_READERS = List.of(EST, SECURITY_UNIT, POLICE, CAMUNDA_ADMIN);

    /** A signed-in member of a viewing group, and whether they read descriptions. */
    public record Viewer(SignedInUser user, boolean readsDescriptions) {
    }

    private final SignedInUsers users;
    private final People people;

    DashboardAccess(SignedInUsers users, People people) {
        this.users = users;
        this.people = people;
    }

    public static boolean mayView(SignedInUser user) {
        return VIEWERS.stream().anyMatch(user::isIn);
    }

    public static boolean readsDescriptions(SignedInUser user) {
        return DESCRIPTION_READERS.stream().anyMatch(user::isIn);
    }

    /**
     * @throws Refusal not signed in, or forbidden for one outside the viewing groups
     */
    Viewer viewer(HttpServletRequest request) {
        SignedInUser user = users.required(request);
        if (!mayView(user)) {
            throw Refusal.forbidden("Lägesbilden är till för EST-arbetsgruppen, säkerhetsenheten, "
                    + "polisen, lednings- och samordningsgruppen, styrgruppen och politiska styrgruppen. Du är "
                    + "inloggad som " + people.name(user.id()) + ", som inte är medlem i någon av dem. Be en administratör om "
                    + "medlemskap om du behöver lägesbilden i ditt arbete.");
        }
        return new Viewer(user, readsDescriptions(user));
    }
}
