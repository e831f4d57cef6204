package se.linkoping.samverkan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

import se.linkoping.samverkan.identity.AdministratorBootstrap;
import se.linkoping.samverkan.identity.DirectoryGroups;
import se.linkoping.samverkan.identity.MissingAdministratorException;
import se.linkoping.samverkan.identity.MissingAdministratorFailureAnalyzer;
import se.linkoping.samverkan.identity.SettingsToCorrect;

/**
 * What the profile ldap refuses at start-up, in Swedish and as settings to correct (exit code 78): a directory
 * without an administrator, a missing connection setting, the demo profile beside it.
 */
class DirectorySettingsTest {

    private final DirectoryGroups groups = new DirectoryGroups(Map.of("camunda-admin", List.of("SG-Samverkan-Admin")));

    @Test
    void aDirectoryWithoutAMemberOfTheAdministratorsGroupIsRefused() {
        IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);

        assertThatThrownBy(() -> AdministratorBootstrap.requireInDirectory(identity, groups))
                .isInstanceOfSatisfying(MissingAdministratorException.class, refusal -> {
                    assertThat(refusal.getMessage()).isEqualTo("Samverkan har ingen administratör: katalogen har "
                            + "ingen användare i gruppen SG-Samverkan-Admin, som står för Samverkans administratörer "
                            + "(camunda-admin).");
                    FailureAnalysis analysis = new MissingAdministratorFailureAnalyzer().analyze(refusal);
                    assertThat(analysis.getAction()).startsWith("Lägg minst en person i katalogens grupp "
                            + "SG-Samverkan-Admin").contains("SAMVERKAN_IDENTITY_GROUPS_CAMUNDA_ADMIN")
                            .doesNotContain("SAMVERKAN_ADMIN_PASSWORD");
                    assertThat(SettingsToCorrect.exitCode(refusal, Map.of())).hasValue(78);
                });
    }

    @Test
    void aDirectoryWithAnAdministratorStarts() {
        IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
        when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(1L);

        assertThatCode(() -> AdministratorBootstrap.requireInDirectory(identity, groups)).doesNotThrowAnyException();
    }

    /** The group mapping as README gives it, in environment variables (a group id's hyphens as underscores). */
    @Test
    void theGroupMappingIsReadFromTheEnvironment() {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource("systemEnvironment", Map.of(
                "SAMVERKAN_IDENTITY_GROUPS_EST", "SG-Samverkan-EST,SG-EST-Ersattare",
                "SAMVERKAN_IDENTITY_GROUPS_CAMUNDA_ADMIN", "SG-Samverkan-Admin",
                "SAMVERKAN_IDENTITY_GROUPS_DISTRICT_COORDINATORS", "SG-Samverkan-Stadsdelssamordnare"));

        // as the application binds it (DirectoryGroups is constructed from the map under samverkan.identity.groups)
        Map<String, List<String>> bound = new Binder(ConfigurationPropertySources.from(environment))
                .bind("samverkan.identity.groups", Bindable.mapOf(String.class, String.class)).get().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue().split(","))));
        DirectoryGroups fromEnvironment = new DirectoryGroups(bound);

        assertThat(fromEnvironment.directoryNamesOf("est")).containsExactly("SG-Samverkan-EST", "SG-EST-Ersattare");
        assertThat(fromEnvironment.directoryNamesOf("camunda-admin")).containsExactly("SG-Samverkan-Admin");
        assertThat(fromEnvironment.organisationGroupOf("SG-Samverkan-Stadsdelssamordnare"))
                .contains("district-coordinators");
    }

    @Test
    void theDemoProfileDoesNotCombineWithLdap() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("h2", "demo", "ldap");

        assertThatThrownBy(() -> new DirectoryConfiguration().directoryPlugin(groups, environment))
                .isInstanceOf(DirectorySettingsException.class)
                .hasMessageStartingWith("Profilerna ldap och demo kan inte användas tillsammans")
                .isInstanceOf(SettingsToCorrect.class);
    }

    @Test
    void eachConnectionSettingIsRequiredByName() {
        DirectoryPlugin plugin = new DirectoryPlugin(groups);
        plugin.setServerUrl("ldaps://dc01.linkoping.se:636");
        plugin.setManagerDn("CN=svc-samverkan,OU=Tjanstekonton,DC=linkoping,DC=se");
        plugin.setManagerPassword(" ");
        plugin.setBaseDn("DC=linkoping,DC=se");
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

        assertThatThrownBy(() -> plugin.preInit(configuration)).isInstanceOf(DirectorySettingsException.class)
                .hasMessage("Profilen ldap saknar inställningen SAMVERKAN_LDAP_MANAGER_PASSWORD "
                        + "(samverkan.directory.manager-password): tjänstekontots lösenord.");

        plugin.setManagerPassword("hemligt");
        plugin.preInit(configuration);
        assertThat(configuration.getIdentityProviderSessionFactory()).isInstanceOf(DirectoryProviderFactory.class);
    }
}
