/**
 * No personal data: finding Swedish personal identity and coordination numbers in free text
 * ({@link se.linkoping.samverkan.privacy.PersonalIdentityNumbers}) and the Bean Validation constraint that
 * refuses them ({@link se.linkoping.samverkan.privacy.NoPersonalIdentityNumber}), every text read in a normal form
 * ({@link se.linkoping.samverkan.privacy.TextNormalisation}); and no number in what people write beside the
 * processes — comments, attachments, annotations — whoever sends it
 * ({@link se.linkoping.samverkan.privacy.PersonalDataGuard}).
 */
package se.linkoping.samverkan.privacy;
