/**
 * Single sign-on through the municipality's identity provider over OpenID Connect (profile {@code oidc}): Tasklist,
 * Cockpit, Admin and Samverkan's pages sign staff in through the provider (Spring Security's OAuth 2.0 client), the
 * groups of the provider's claim stand for Samverkan's groups by {@code identity.DirectoryGroups}, each sign-in
 * brings the person into the engine's own users with exactly those memberships, and Camunda's webapps take the
 * signed-in person from Spring Security (container-based authentication). Signing out ends the provider's session
 * too. The partner API ({@code /api}, {@code /engine-rest}) keeps its own accounts and HTTP Basic.
 */
package se.linkoping.samverkan.singlesignon;
