/**
 * Reference data kept in the database, not in code: the districts (stadsdelar) of Linköping, the
 * incident categories and the reporting sources. Seeded by Flyway and changed by an administrator.
 */
package se.linkoping.samverkan.referencedata;
