/**
 * Coordination before a known event: the coordination group starts it with the event's date,
 * district, expected visitors and organiser; the departments and the police that take part plan
 * three weeks before, meet for a joint briefing two days before, and the coordination group evaluates
 * a week after — its findings can raise a matter.
 */
package se.linkoping.samverkan.eventcoordination;
