package se.linkoping.samverkan.singlesignon;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The profile oidc starts with a database profile, and refuses in Swedish the profiles it cannot live with. */
class SingleSignOnProfilesTest {

    private static MockEnvironment profiles(String... active) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(active);
        return environment;
    }

    @Test
    void startsWithADatabaseProfile() {
        assertThatCode(() -> new SingleSignOnConfiguration(profiles("postgres", "oidc"), "/camunda"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheDemosPasswords() {
        assertThatThrownBy(() -> new SingleSignOnConfiguration(profiles("h2", "demo", "oidc"), "/camunda"))
                .hasMessageContaining("oidc och demo kan inte användas tillsammans");
    }

    @Test
    void refusesTheDirectorysReadOnlyUsers() {
        assertThatThrownBy(() -> new SingleSignOnConfiguration(profiles("postgres", "ldap", "oidc"), "/camunda"))
                .hasMessageContaining("oidc och ldap kan inte användas tillsammans");
    }
}
