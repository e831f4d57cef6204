/**
 * The bodies' meeting calendars as iCalendar feeds to subscribe to in Outlook: the planned meetings of
 * EST, the coordination group, the steering group and the political steering group, read from the same
 * schedule as the timers that start them, so a phase change moves the coordination group's meetings.
 */
package se.linkoping.samverkan.calendar;
