/**
 * Incident intake: reports of incidents from staff (the Tasklist start form of {@code incident-report})
 * and from partners' systems ({@code POST /api/incident-reports}). Every report is validated the same
 * way, refused whole with Swedish messages when anything is wrong, screened for personal identity
 * numbers, and stored for the weekly EST cycle. A retried partner request is never stored twice.
 */
package se.linkoping.samverkan.incidentreport;
