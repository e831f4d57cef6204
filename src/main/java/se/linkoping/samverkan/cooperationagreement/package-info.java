/**
 * The cooperation agreement with the police (samverkansöverenskommelse) and its public part, the
 * citizen promise (medborgarlöfte): drafted by the security unit and the police with the contents Brå
 * asks for, consulted in the steering group, decided by the political steering group at its next
 * meeting, signed by the KS chair and the local police area chief, published on a page anyone may read,
 * followed up at each political steering group meeting, and reviewed yearly.
 *
 * <p>Process {@code cooperation-agreement}: one delegate per step ({@code Record…Delegate}, each a
 * {@code forms.FormStepDelegate}) calls {@link se.linkoping.samverkan.cooperationagreement.CooperationAgreements}
 * (the rounds) or {@link se.linkoping.samverkan.cooperationagreement.CitizenPromises} (the follow-ups and the
 * public page), and sets what the next forms show from
 * {@link se.linkoping.samverkan.cooperationagreement.AgreementTexts}.
 * {@link se.linkoping.samverkan.cooperationagreement.AgreementRecords} owns the tables
 * {@code cooperation_agreement} and {@code promise_follow_up}; the yearly report reads them through it.
 */
package se.linkoping.samverkan.cooperationagreement;
