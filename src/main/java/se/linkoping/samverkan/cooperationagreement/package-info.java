/**
 * The cooperation agreement with the police (samverkansöverenskommelse) and its public part, the
 * citizen promise (medborgarlöfte): drafted by the security unit and the police with the contents Brå
 * asks for, consulted in the steering group, decided by the political steering group at its next
 * meeting, signed by the KS chair and the local police area chief, published on a page anyone may read,
 * followed up at each political steering group meeting, and reviewed yearly.
 */
package se.linkoping.samverkan.cooperationagreement;
