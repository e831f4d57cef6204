package se.linkoping.samverkan.navigation;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.SignedInUser;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;

/**
 * The way around Samverkan: the pages and Camunda apps a person may open, for the header of Samverkan's pages
 * and the links Tasklist and Cockpit add to theirs ({@code /sidor.json}). Camunda's apps follow the engine's
 * application authorizations; Samverkan's pages follow the rules their features declare.
 */
@Component
public class WayAround {

    /** A link: its Swedish text and where it goes. */
    public record Link(String name, String href) {
    }

    /**
     * What the signed-in person (or nobody) may open.
     *
     * @param signedIn       someone is signed in
     * @param name           their name, or empty
     * @param links          the pages and apps they may open, in order
     * @param mayCreateTasks whether Tasklist offers them "Skapa uppgift"
     */
    public record Way(boolean signedIn, String name, List<Link> links, boolean mayCreateTasks) {
    }

    private record App(String id, String name, int order) {
    }

    private static final List<App> APPS = List.of(new App("tasklist", "Tasklist", 10),
            new App("cockpit", "Cockpit", 80), new App("admin", "Admin", 90));

    private final List<SamverkanPage> pages;
    private final AuthorizationService authorizations;
    private final People people;

    WayAround(List<SamverkanPage> pages, AuthorizationService authorizations, People people) {
        this.pages = pages.stream().sorted(Comparator.comparingInt(SamverkanPage::order)).toList();
        this.authorizations = authorizations;
        this.people = people;
    }

    public Way of(Optional<SignedInUser> signedIn) {
        if (signedIn.isEmpty()) {
            List<Link> links = new ArrayList<>();
            links.add(new Link("Logga in", "/camunda/app/tasklist/"));
            pages.stream().filter(SamverkanPage::isPublic).forEach(p -> links.add(new Link(p.name(), p.path())));
            return new Way(false, "", links, false);
        }
        SignedInUser user = signedIn.get();
        record Ordered(int order, Link link) {
        }
        List<Ordered> links = new ArrayList<>();
        for (App app : APPS) {
            if (mayUse(user, app.id())) {
                links.add(new Ordered(app.order(), new Link(app.name(), "/camunda/app/" + app.id() + "/default/")));
            }
        }
        for (SamverkanPage page : pages) {
            if (page.isPublic() || page.mayOpen().test(user)) {
                links.add(new Ordered(page.order(), new Link(page.name(), page.path())));
            }
        }
        links.sort(Comparator.comparingInt(Ordered::order));
        return new Way(true, people.name(user.id()), links.stream().map(Ordered::link).toList(),
                isAdministrator(user) || authorizations.isUserAuthorized(user.id(), user.groupIds(), CREATE, TASK,
                        Authorization.ANY));
    }

    private boolean mayUse(SignedInUser user, String app) {
        return isAdministrator(user) || authorizations.isUserAuthorized(user.id(), user.groupIds(), ACCESS,
                APPLICATION, app);
    }

    private static boolean isAdministrator(SignedInUser user) {
        return user.isIn(OrganisationGroup.CAMUNDA_ADMIN);
    }
}
