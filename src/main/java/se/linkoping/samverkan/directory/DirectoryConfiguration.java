package se.linkoping.samverkan.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import se.linkoping.samverkan.identity.DirectoryGroups;

/**
 * The profile {@code ldap}: the engine reads users and groups from the directory ({@link DirectoryPlugin}), with the
 * settings of {@code application-ldap.yml} ({@code samverkan.directory.*}, from the environment). Combines with
 * {@code h2} or {@code postgres}; not with {@code demo}, whose users would have to be created in the directory.
 */
@Configuration
@Profile("ldap")
class DirectoryConfiguration {

    @Bean
    @ConfigurationProperties("samverkan.directory")
    DirectoryPlugin directoryPlugin(DirectoryGroups groups, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new DirectorySettingsException("Profilerna ldap och demo kan inte användas tillsammans: med ldap "
                    + "läses användare och grupper ur katalogen och kan inte skapas, så demoanvändarna och demons "
                    + "administratör finns inte. Starta med SPRING_PROFILES_ACTIVE=postgres,ldap (eller h2,ldap för att "
                    + "prova), eller med demo utan ldap.");
        }
        return new DirectoryPlugin(groups);
    }
}
