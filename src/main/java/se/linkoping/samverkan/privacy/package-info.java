/**
 * No personal data: finding Swedish personal identity and coordination numbers in free text
 * ({@link se.linkoping.samverkan.privacy.PersonalIdentityNumbers}) and the Bean Validation constraint that
 * refuses them ({@link se.linkoping.samverkan.privacy.NoPersonalIdentityNumber}).
 */
package se.linkoping.samverkan.privacy;
