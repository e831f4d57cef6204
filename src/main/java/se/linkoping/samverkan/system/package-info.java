/**
 * The application's own machinery: the clock that follows the engine's
 * ({@link se.linkoping.samverkan.system.EngineClock}), the user on whose behalf a step runs
 * ({@link se.linkoping.samverkan.system.CurrentUser}), Linköping's time and Swedish dates
 * ({@link se.linkoping.samverkan.system.Swedish}), and setting up the organisation as the engine starts
 * ({@link se.linkoping.samverkan.system.OrganisationBootstrap}); what the engine's guards share
 * ({@link se.linkoping.samverkan.system.EngineCommands}, {@link se.linkoping.samverkan.system.OutermostCommandGuard},
 * {@link se.linkoping.samverkan.system.EngineRestRequests}) and the password rule for what Admin and the REST API
 * set ({@code PasswordPolicyGuard}).
 */
package se.linkoping.samverkan.system;
