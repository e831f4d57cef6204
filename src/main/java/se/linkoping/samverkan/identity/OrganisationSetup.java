package se.linkoping.samverkan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the organisation's groups at start-up and keeps their Swedish names current. Idempotent:
 * a restart changes nothing that is already right.
 */
@Component
@Order(StartupOrder.GROUPS)
class OrganisationSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

    private final IdentityService identityService;

    OrganisationSetup(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (OrganisationGroup wanted : OrganisationGroup.values()) {
            Group group = identityService.createGroupQuery().groupId(wanted.id()).singleResult();
            if (group == null) {
                group = identityService.newGroup(wanted.id());
                log.info("Creating group {} ({})", wanted.id(), wanted.swedishName());
            } else if (wanted.swedishName().equals(group.getName()) && wanted.camundaType().equals(group.getType())) {
                continue;
            }
            group.setName(wanted.swedishName());
            group.setType(wanted.camundaType());
            identityService.saveGroup(group);
        }
    }
}
