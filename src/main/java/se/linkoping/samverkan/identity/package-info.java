/**
 * The organisation of the municipal decision as Camunda users and groups: the bodies (EST, the
 * coordination group, the steering group, the political steering group), the departments and units,
 * auditors and process owners, with Swedish names. Creates the groups at start-up, the first
 * administrator from configuration, and, in the {@code demo} profile only, demo users. Outside the demo,
 * start-up refuses a database with the demo's users or a known password in it ({@link
 * se.linkoping.samverkan.identity.DemoLeftovers}), and every password set follows the {@link
 * se.linkoping.samverkan.identity.PasswordPolicy}.
 */
package se.linkoping.samverkan.identity;
