package se.linkoping.samverkan.system;

import org.camunda.bpm.engine.ProcessEngine;
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
import se.linkoping.samverkan.identity.DemoUsers;
import se.linkoping.samverkan.identity.OrganisationSetup;

/**
 * Sets up the organisation as soon as the engine is built, before the web server accepts a single
 * request: groups, the first administrator, demo users (demo profile only), then access. Done any
 * later, the webapps' first-user setup page would be open to anyone on an empty database.
 */
@Component
class OrganisationBootstrap extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(OrganisationBootstrap.class);

    private final AdministratorProperties admin;
    private final Environment environment;
    private final String demoPassword;

    OrganisationBootstrap(AdministratorProperties admin, Environment environment,
                          @Value("${samverkan.demo.password:}") String demoPassword) {
        this.admin = admin;
        this.environment = environment;
        this.demoPassword = demoPassword;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        OrganisationSetup organisation = new OrganisationSetup(engine.getIdentityService());
        organisation.run();
        new AdministratorBootstrap(engine.getIdentityService(), admin).run();
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            log.warn("Demoprofilen är aktiv: demoanvändare med kända lösenord. Använd den aldrig för riktiga uppgifter.");
            new DemoUsers(engine.getIdentityService(), demoPassword).run();
        }
        organisation.reportUnheldRoles();
        new AccessSetup(engine.getAuthorizationService(), engine.getFilterService(), engine.getTaskService()).run();
    }
}
