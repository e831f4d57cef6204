/**
 * Calendar feeds (iCalendar) to subscribe to in Outlook: the planned meetings of EST, the coordination
 * group, the steering group and the political steering group, read from the same schedule as the
 * timers that start them, so a phase change moves the coordination group's meetings; and the known
 * events being coordinated (their day and joint briefing) in the coordination group's feed, in
 * {@code events.ics} and, for each department, unit or the police, in a feed of the events it takes
 * part in.
 */
package se.linkoping.samverkan.calendar;
