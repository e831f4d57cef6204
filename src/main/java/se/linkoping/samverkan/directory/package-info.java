/**
 * The municipality's directory (Active Directory or another LDAP server), profile {@code ldap}: staff sign in with
 * their directory accounts, and users, names, mail addresses, groups and memberships are read from the directory
 * through Camunda's LDAP identity provider ({@code camunda-identity-ldap}). Directory groups stand for the
 * organisation's groups as {@link se.linkoping.samverkan.identity.DirectoryGroups} configures it
 * ({@code SG-Samverkan-EST} is {@code est}), so candidate groups, authorizations and Tasklist's filters keep the ids
 * of SPEC.md; directory groups that stand for none are not seen. Users and groups are read-only in Camunda Admin.
 */
package se.linkoping.samverkan.directory;
