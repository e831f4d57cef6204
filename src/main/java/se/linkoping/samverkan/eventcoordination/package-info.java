/**
 * Coordination before a known event: the coordination group starts it with the event's date,
 * district, expected visitors and organiser; the departments and the police that take part plan
 * three weeks before, meet for a joint briefing two days before, and the coordination group evaluates
 * a week after — its findings can raise a matter.
 *
 * <p>Process {@code event-coordination}: one delegate per step ({@code Record…Delegate}, each a
 * {@code forms.FormStepDelegate}) calls {@link se.linkoping.samverkan.eventcoordination.CoordinatedEvents};
 * the forms' texts come from {@link se.linkoping.samverkan.eventcoordination.EventTexts} (bean
 * {@code eventTexts}). {@link se.linkoping.samverkan.eventcoordination.EventRecords} owns the tables
 * {@code coordinated_event} and {@code event_plan}; the calendar feeds read the events through
 * {@code CoordinatedEvents.dated}.
 */
package se.linkoping.samverkan.eventcoordination;
