/**
 * The organisation of the municipal decision as Camunda users and groups: the bodies (EST, the
 * coordination group, the steering group, the political steering group), the departments and units,
 * auditors and process owners, with Swedish names. Creates the groups at start-up, the first
 * administrator from configuration, and, in the {@code demo} profile only, demo users.
 */
package se.linkoping.samverkan.identity;
