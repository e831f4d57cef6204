package se.linkoping.samverkan.identity;

import static se.linkoping.samverkan.identity.OrganisationGroup.AUDITORS;
import static se.linkoping.samverkan.identity.OrganisationGroup.COORDINATION_GROUP;
import static se.linkoping.samverkan.identity.OrganisationGroup.COORDINATION_GROUP_CONVENER;
import static se.linkoping.samverkan.identity.OrganisationGroup.DISTRICT_COORDINATORS;
import static se.linkoping.samverkan.identity.OrganisationGroup.EDUCATION;
import static se.linkoping.samverkan.identity.OrganisationGroup.EST;
import static se.linkoping.samverkan.identity.OrganisationGroup.KS_CHAIR;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLICE;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLICE_AREA_CHIEF;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLITICAL_STEERING_GROUP;
import static se.linkoping.samverkan.identity.OrganisationGroup.POLITICAL_STEERING_GROUP_CONVENER;
import static se.linkoping.samverkan.identity.OrganisationGroup.PROCESS_OWNERS;
import static se.linkoping.samverkan.identity.OrganisationGroup.SECURITY_UNIT;
import static se.linkoping.samverkan.identity.OrganisationGroup.SOCIAL_CARE;
import static se.linkoping.samverkan.identity.OrganisationGroup.STEERING_GROUP;
import static se.linkoping.samverkan.identity.OrganisationGroup.STEERING_GROUP_CONVENER;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo people, only in the {@code demo} profile: one user per group ({@code demo-<group id>}) and
 * realistic people of the cooperation. All share the demo password listed in the README. Never active
 * with the {@code postgres} profile unless asked for explicitly. A role ({@link OrganisationGroup.Kind#ROLE})
 * has no demo user of its own: its holders are named people, as in production.
 */
public class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** A demo person: id, first and last name, and the groups they belong to. */
    record DemoPerson(String id, String firstName, String lastName, List<OrganisationGroup> groups) {
    }

    /** The people of the cooperation, fictional but typical of their roles. */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("anna.lindqvist", "Anna", "Lindqvist", List.of(EST, POLICE)),
            new DemoPerson("erik.sandberg", "Erik", "Sandberg", List.of(EST, SECURITY_UNIT)),
            new DemoPerson("sara.nilsson", "Sara", "Nilsson", List.of(DISTRICT_COORDINATORS)),
            new DemoPerson("johan.berg", "Johan", "Berg", List.of(COORDINATION_GROUP, SOCIAL_CARE,
                    COORDINATION_GROUP_CONVENER)),
            new DemoPerson("maria.ek", "Maria", "Ek", List.of(STEERING_GROUP, EDUCATION, STEERING_GROUP_CONVENER)),
            new DemoPerson("lars.holm", "Lars", "Holm", List.of(POLITICAL_STEERING_GROUP, KS_CHAIR,
                    POLITICAL_STEERING_GROUP_CONVENER)),
            new DemoPerson("mats.berglund", "Mats", "Berglund", List.of(POLICE, POLICE_AREA_CHIEF)),
            new DemoPerson("karin.wall", "Karin", "Wall", List.of(AUDITORS)),
            new DemoPerson("peter.lund", "Peter", "Lund", List.of(PROCESS_OWNERS)));

    private final IdentityService identityService;
    private final String password;

    public DemoUsers(IdentityService identityService, String password) {
        this.identityService = identityService;
        this.password = password;
    }

    static List<DemoPerson> everyone() {
        List<DemoPerson> all = new ArrayList<>();
        for (OrganisationGroup group : OrganisationGroup.values()) {
            if (group.isRole()) {
                continue;
            }
            all.add(new DemoPerson("demo-" + group.id(), "Demo", group.swedishName(), List.of(group)));
        }
        all.addAll(PEOPLE);
        return all;
    }

    public void run() {
        for (DemoPerson person : everyone()) {
            if (identityService.createUserQuery().userId(person.id()).count() == 0) {
                User user = identityService.newUser(person.id());
                user.setFirstName(person.firstName());
                user.setLastName(person.lastName());
                user.setEmail(person.id() + "@demo.samverkan.invalid");
                user.setPassword(password);
                identityService.saveUser(user);
                log.info("Created demo user {}", person.id());
            }
            for (OrganisationGroup group : person.groups()) {
                if (identityService.createUserQuery().userId(person.id()).memberOfGroup(group.id()).count() == 0) {
                    identityService.createMembership(person.id(), group.id());
                }
            }
        }
    }
}
