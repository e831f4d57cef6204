package se.linkoping.samverkan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * Outside the demo profile there is no default user or password: the first administrator comes from
 * configuration, and without one the application refuses to start, saying what to set.
 */
class AdministratorBootstrapTest {

    @Test
    void withoutDemoAndWithoutConfiguredAdministratorStartUpFailsClearly() {
        assertThatThrownBy(() -> start(newDatabase()).close())
                .hasRootCauseInstanceOf(MissingAdministratorException.class)
                .rootCause().hasMessageContaining("ingen administratör")
                .hasMessageContaining("samverkan.admin.user-id");
    }

    /**
     * As a server starts it (java -jar): the reason is printed once and the process ends with the code of settings to
     * correct, so that a supervisor (Compose's restart: on-failure with the code 0, systemd's
     * RestartPreventExitStatus=78) does not start it again in a loop.
     */
    @Test
    void withoutAdministratorTheProcessEndsOnceWithTheCodeOfSettingsToCorrect() throws Exception {
        Path output = Files.createTempFile("samverkan-start", ".log");
        ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SamverkanApplication.class.getName(), "--spring.profiles.active=h2",
                "--spring.datasource.url=" + newDatabase(), "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        java.environment().remove(SettingsToCorrect.EXIT_CODE_VARIABLE);
        Process started = java.start();
        assertThat(started.waitFor(3, TimeUnit.MINUTES)).as("the refused start ends by itself").isTrue();

        assertThat(started.exitValue()).isEqualTo(SettingsToCorrect.DEFAULT_EXIT_CODE);
        assertThat(Files.readString(output)).contains("ingen administratör", "samverkan.admin.user-id");
        Files.delete(output);
    }

    @Test
    void configuredAdministratorIsCreatedAndNoDemoUserExists() {
        try (ConfigurableApplicationContext app = start(newDatabase(), "--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=ett-långt-lösenord")) {
            IdentityService identity = app.getBean(IdentityService.class);

            assertThat(identity.checkPassword("ulla.admin", "ett-långt-lösenord")).isTrue();
            assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                    .extracting(u -> u.getId()).containsExactly("ulla.admin");
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
            assertThat(identity.createGroupQuery().groupId("est").singleResult().getName())
                    .isEqualTo("EST-arbetsgruppen (Effektiv samordning för trygghet)");
        }
    }

    @Test
    void aRestartKeepsWhatTheAdministratorsChanged() {
        String database = newDatabase();
        try (ConfigurableApplicationContext first = start(database, "--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=ett-långt-lösenord")) {
            IdentityService identity = first.getBean(IdentityService.class);
            User bo = identity.newUser("bo.admin");
            bo.setPassword("bos-lösenord");
            identity.saveUser(bo);
            identity.createMembership("bo.admin", "camunda-admin");
            identity.deleteMembership("ulla.admin", "camunda-admin");
        }

        // same database, the old settings still in the environment, and no settings at all
        for (String[] settings : List.of(new String[] {"--samverkan.admin.user-id=ulla.admin",
                "--samverkan.admin.password=ett-långt-lösenord"}, new String[0])) {
            try (ConfigurableApplicationContext again = start(database, settings)) {
                IdentityService identity = again.getBean(IdentityService.class);
                assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
                        .extracting(u -> u.getId()).containsExactly("bo.admin");
                assertThat(identity.createGroupQuery().count()).isEqualTo(OrganisationGroup.values().length);
                // a filter per group, "Mina uppgifter" and the first, "Mina gruppers uppgifter"
                assertThat(again.getBean(FilterService.class).createFilterQuery().count())
                        .isEqualTo(OrganisationGroup.inTasklist().size() + 2);
            }
        }
    }

    private static String newDatabase() {
        return "jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /**
     * The production set-up (no demo profile) on an in-memory database. Settings are given as
     * command-line arguments, which outrank application.yml as they do for an operator.
     */
    private static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.profiles.active=h2",
                "--spring.datasource.url=" + databaseUrl,
                "--server.port=0",
                "--camunda.bpm.job-execution.enabled=false",
                // not "default": Camunda keeps engines in a static registry, shared with other test contexts;
                // without hyphens, which Camunda refuses (and then takes "default")
                "--camunda.bpm.process-engine-name=admin" + UUID.randomUUID().toString().replace("-", "")));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(SamverkanApplication.class).run(args.toArray(String[]::new));
    }
}
