package se.linkoping.samverkan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can administer the application. The first administrator comes from
 * configuration; an existing user keeps the password set in Camunda Admin. Start-up fails with a
 * clear message when there is no administrator and none is configured.
 */
@Component
@Order(StartupOrder.ADMINISTRATOR)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final IdentityService identityService;
    private final AdministratorProperties admin;

    AdministratorBootstrap(IdentityService identityService, AdministratorProperties admin) {
        this.identityService = identityService;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminGroup = OrganisationGroup.CAMUNDA_ADMIN.id();
        if (!admin.isGiven()) {
            if (identityService.createUserQuery().memberOfGroup(adminGroup).count() == 0) {
                throw new MissingAdministratorException(
                        "Samverkan har ingen administratör och ingen är konfigurerad (samverkan.admin.user-id är tomt).");
            }
            return;
        }
        User user = identityService.createUserQuery().userId(admin.userId()).singleResult();
        if (user == null) {
            if (admin.password() == null || admin.password().isBlank()) {
                throw new MissingAdministratorException("Administratören " + admin.userId()
                        + " ska skapas men inget lösenord är konfigurerat (samverkan.admin.password är tomt).");
            }
            user = identityService.newUser(admin.userId());
            user.setFirstName(admin.firstName());
            user.setLastName(admin.lastName());
            user.setEmail(admin.email() == null || admin.email().isBlank() ? null : admin.email());
            user.setPassword(admin.password());
            identityService.saveUser(user);
            log.info("Created the first administrator {}", admin.userId());
        }
        if (identityService.createUserQuery().userId(admin.userId()).memberOfGroup(adminGroup).count() == 0) {
            identityService.createMembership(admin.userId(), adminGroup);
        }
    }
}
