package se.linkoping.samverkan.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure someone can administer the application. Only while {@code camunda-admin} has no member:
 * then the first administrator comes from configuration, and without one start-up fails with a clear
 * message. Once there is an administrator, the configuration is not used again, so changes made in
 * Camunda Admin (passwords, memberships) are never undone by a restart. Outside the demo, the configured
 * password must follow the {@link PasswordPolicy}.
 */
public class AdministratorBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final IdentityService identityService;
    private final AdministratorProperties admin;

    private final boolean demo;

    /** @param demo whether the demo profile is active: then the configured password need not follow the rule */
    public AdministratorBootstrap(IdentityService identityService, AdministratorProperties admin, boolean demo) {
        this.identityService = identityService;
        this.admin = admin;
        this.demo = demo;
    }

    /**
     * With the directory's users and groups (profile ldap, a read-only identity service): the administrators are the
     * members of the directory group that stands for {@code camunda-admin}, and start-up refuses while it has none.
     * Nobody is created; {@code samverkan.admin.*} is not used.
     */
    public static void requireInDirectory(IdentityService identityService, DirectoryGroups groups) {
        String adminGroup = OrganisationGroup.CAMUNDA_ADMIN.id();
        if (identityService.createUserQuery().memberOfGroup(adminGroup).count() > 0) {
            return;
        }
        String names = String.join(" eller ", groups.directoryNamesOf(adminGroup));
        throw new MissingAdministratorException("Samverkan har ingen administratör: katalogen har ingen användare i "
                + "gruppen " + names + ", som står för Samverkans administratörer (" + adminGroup + ").",
                "Lägg minst en person i katalogens grupp " + names + ", eller ange katalogens administratörsgrupp med "
                        + "SAMVERKAN_IDENTITY_GROUPS_CAMUNDA_ADMIN (samverkan.identity.groups.camunda-admin), och "
                        + "starta igen. Kontrollera också att gruppen finns under SAMVERKAN_LDAP_GROUP_SEARCH_BASE och "
                        + "att medlemmarna finns under SAMVERKAN_LDAP_USER_SEARCH_BASE.");
    }

    public void run() {
        String adminGroup = OrganisationGroup.CAMUNDA_ADMIN.id();
        if (identityService.createUserQuery().memberOfGroup(adminGroup).count() > 0) {
            return;
        }
        if (!admin.isGiven()) {
            throw new MissingAdministratorException(
                    "Samverkan har ingen administratör och ingen är konfigurerad (samverkan.admin.user-id är tomt).");
        }
        if (identityService.createUserQuery().userId(admin.userId()).count() == 0) {
            if (admin.password() == null || admin.password().isBlank()) {
                throw new MissingAdministratorException("Administratören " + admin.userId()
                        + " ska skapas men inget lösenord är konfigurerat (samverkan.admin.password är tomt).");
            }
            List<String> weak = PasswordPolicy.problems(admin.userId(), admin.password());
            if (!demo && !weak.isEmpty()) {
                throw new MissingAdministratorException("Administratören " + admin.userId() + " skapas inte: "
                        + "lösenordet i samverkan.admin.password följer inte lösenordsregeln. " + String.join(" ", weak)
                        + " " + PasswordPolicy.rule());
            }
            User user = identityService.newUser(admin.userId());
            user.setFirstName(admin.firstName());
            user.setLastName(admin.lastName());
            user.setEmail(admin.email() == null || admin.email().isBlank() ? null : admin.email());
            user.setPassword(admin.password());
            identityService.saveUser(user);
        }
        identityService.createMembership(admin.userId(), adminGroup);
        log.info("{} is the first administrator", admin.userId());
    }
}
