package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * Demo users never outlive the demo: a database the demo made does not start without the demo profile while its
 * users or {@code admin:demo} are in it, and says how to remove them; asked to, start-up removes them.
 */
class DemoLeftoversTest {

    @Test
    void aDatabaseTheDemoMadeStartsOutsideTheDemoOnlyOnceItsUsersAreRemoved() {
        String database = "jdbc:h2:mem:leftovers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext demo = start(database, "h2,demo")) {
            assertThat(demo.getBean(IdentityService.class).checkPassword("admin", "demo")).isTrue();
        }

        // the h2 profile alone, as in the probe: refused, naming them, even with an administrator configured
        assertThatThrownBy(() -> start(database, "h2", "--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=ett-långt-lösenord").close())
                .rootCause().isInstanceOf(DemoLeftoversException.class)
                .hasMessageContaining("Samverkan startar inte utan demoprofilen")
                .hasMessageMatching("(?s).*[:,] admin[,.].*")
                .hasMessageContaining("anna.lindqvist")
                .hasMessageContaining("demo-est");
        DemoLeftoversException refusal = new DemoLeftoversException(java.util.Set.of("admin"));
        FailureAnalysis analysis = new DemoLeftoversFailureAnalyzer().analyze(new IllegalStateException(refusal));
        assertThat(analysis.getAction()).contains("SAMVERKAN_DEMO_REMOVE_LEFTOVERS=true",
                "samverkan.demo.remove-leftovers=true", "SAMVERKAN_ADMIN_USER", "minst 12 tecken");

        // asked to, start-up removes them; the configured administrator takes over; the next start needs nothing
        try (ConfigurableApplicationContext cleared = start(database, "h2", "--samverkan.demo.remove-leftovers=true",
                "--samverkan.admin.user-id=ulla.admin", "--samverkan.admin.password=ett-långt-lösenord")) {
            IdentityService identity = cleared.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("ulla.admin");
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().count()).isEqualTo(OrganisationGroup.values().length);
        }
        try (ConfigurableApplicationContext again = start(database, "h2")) {
            assertThat(again.getBean(IdentityService.class).createUserQuery().count()).isEqualTo(1);
        }
    }

    @Test
    void aUserGivenADefaultPasswordLaterIsALeftoverToo() {
        String database = "jdbc:h2:mem:leftovers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext first = start(database, "h2", "--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=ett-långt-lösenord")) {
            IdentityService identity = first.getBean(IdentityService.class);
            org.camunda.bpm.engine.identity.User bo = identity.newUser("bo.berg");
            bo.setPassword("Lösenord");
            identity.saveUser(bo);
        }

        assertThatThrownBy(() -> start(database, "h2").close()).rootCause()
                .isInstanceOf(DemoLeftoversException.class).hasMessageContaining("bo.berg")
                .hasMessageNotContaining("ulla.admin");
    }

    @Test
    void aConfiguredAdministratorsPasswordFollowsTheRuleOutsideTheDemo() {
        String database = "jdbc:h2:mem:leftovers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> start(database, "h2", "--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=demo").close())
                .rootCause().isInstanceOf(MissingAdministratorException.class)
                .hasMessageContaining("följer inte lösenordsregeln").hasMessageContaining("minst 12");
    }

    private static ConfigurableApplicationContext start(String databaseUrl, String profiles, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=" + profiles,
                "--spring.datasource.url=" + databaseUrl,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                "--samverkan.demo.simulate=false",
                // not "default": Camunda keeps engines in a static registry, shared with other test contexts;
                // without hyphens, which Camunda refuses (and then takes "default")
                "--camunda.bpm.process-engine-name=leftovers" + UUID.randomUUID().toString().replace("-", "")));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(SamverkanApplication.class).run(args.toArray(String[]::new));
    }
}
