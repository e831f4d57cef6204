package se.linkoping.samverkan.directory;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;

import se.linkoping.samverkan.identity.DirectoryGroups;

/**
 * Camunda's LDAP identity provider plugin, its settings bound from {@code samverkan.directory.*}
 * ({@link DirectoryConfiguration}), with the session that speaks in the organisation's groups
 * ({@link DirectorySession}) instead of the plugin's own.
 */
public class DirectoryPlugin extends LdapIdentityProviderPlugin {

    private final DirectoryGroups groups;

    public DirectoryPlugin(DirectoryGroups groups) {
        this.groups = groups;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        require(serverUrl, "SAMVERKAN_LDAP_URL", "server-url", "katalogens adress, t.ex. ldaps://dc01.linkoping.se:636");
        require(managerDn, "SAMVERKAN_LDAP_MANAGER_DN", "manager-dn",
                "tjänstekontot som söker i katalogen, t.ex. CN=svc-samverkan,OU=Tjanstekonton,DC=linkoping,DC=se");
        require(managerPassword, "SAMVERKAN_LDAP_MANAGER_PASSWORD", "manager-password", "tjänstekontots lösenord");
        require(baseDn, "SAMVERKAN_LDAP_BASE_DN", "base-dn", "där sökningarna börjar, t.ex. DC=linkoping,DC=se");
        super.preInit(configuration);
        DirectoryProviderFactory factory = new DirectoryProviderFactory(groups);
        factory.setLdapConfiguration(this);
        configuration.setIdentityProviderSessionFactory(factory);
    }

    private static void require(String value, String variable, String property, String what) {
        if (value == null || value.isBlank()) {
            throw new DirectorySettingsException("Profilen ldap saknar inställningen " + variable
                    + " (samverkan.directory." + property + "): " + what + ".");
        }
    }
}
