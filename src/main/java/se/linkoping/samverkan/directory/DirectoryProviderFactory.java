package se.linkoping.samverkan.directory;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderFactory;

import se.linkoping.samverkan.identity.DirectoryGroups;

/** Opens a {@link DirectorySession} (the LDAP plugin's session, with the organisation's groups) per command. */
class DirectoryProviderFactory extends LdapIdentityProviderFactory {

    private final DirectoryGroups groups;

    DirectoryProviderFactory(DirectoryGroups groups) {
        this.groups = groups;
    }

    @Override
    public Session openSession() {
        return new DirectorySession(ldapConfiguration, groups);
    }
}
