package se.linkoping.samverkan.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.access.AccessSetup;
import se.linkoping.samverkan.identity.AdministratorBootstrap;
import se.linkoping.samverkan.identity.AdministratorProperties;
import se.linkoping.samverkan.identity.DemoLeftovers;
import se.linkoping.samverkan.identity.DemoUsers;
import se.linkoping.samverkan.identity.DirectoryGroups;
import se.linkoping.samverkan.identity.OrganisationSetup;
import se.linkoping.samverkan.identity.RoleAssignment;

/**
 * Sets up the organisation as soon as the engine is built, before the web server accepts a single
 * request: groups, the first administrator, demo users (demo profile only), then access. Done any
 * later, the webapps' first-user setup page would be open to anyone on an empty database. Outside the demo
 * profile, start-up stops while the demo's users or a known password are left ({@link DemoLeftovers}). With the
 * directory's users and groups (profile ldap: the identity service is read-only) nothing is created in them: the
 * directory must have an administrator, and only the authorizations and filters are set up.
 */
@Component
class OrganisationBootstrap extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(OrganisationBootstrap.class);

    private final AdministratorProperties admin;
    private final DirectoryGroups directoryGroups;
    private final Environment environment;
    private final String demoPassword;
    private final boolean removeLeftovers;

    OrganisationBootstrap(AdministratorProperties admin, DirectoryGroups directoryGroups, Environment environment,
                          @Value("${samverkan.demo.password:}") String demoPassword,
                          @Value("${" + DemoLeftovers.REMOVE_SETTING + ":false}") boolean removeLeftovers) {
        this.admin = admin;
        this.directoryGroups = directoryGroups;
        this.environment = environment;
        this.demoPassword = demoPassword;
        this.removeLeftovers = removeLeftovers;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        OrganisationSetup organisation = new OrganisationSetup(engine.getIdentityService(),
                new RoleAssignment(engine.getIdentityService(), directoryGroups, environment));
        if (engine.getIdentityService().isReadOnly()) {
            // the directory's users, groups and memberships: read, never written
            AdministratorBootstrap.requireInDirectory(engine.getIdentityService(), directoryGroups);
            organisation.reportUnheldRoles();
            new AccessSetup(engine.getAuthorizationService(), engine.getFilterService(), engine.getTaskService()).run();
            return;
        }
        organisation.run();
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        DemoLeftovers leftovers = new DemoLeftovers(engine.getIdentityService(),
                ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getPasswordManager(), demoPassword);
        if (!demo && removeLeftovers) {
            leftovers.remove();
        }
        new AdministratorBootstrap(engine.getIdentityService(), admin, demo).run();
        if (demo) {
            log.warn("Demoprofilen är aktiv: demoanvändare med kända lösenord. Använd den aldrig för riktiga uppgifter.");
            new DemoUsers(engine.getIdentityService(), demoPassword).run();
        } else {
            // demo users and known passwords never outlive the demo: a database the demo made is cleared first
            leftovers.refuseAny();
        }
        organisation.reportUnheldRoles();
        new AccessSetup(engine.getAuthorizationService(), engine.getFilterService(), engine.getTaskService()).run();
    }
}
