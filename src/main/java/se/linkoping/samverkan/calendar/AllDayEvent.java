package se.linkoping.samverkan.calendar;

import java.time.LocalDate;

/**
 * A whole day in a calendar, such as the day of a known event: written as a date without a time, so
 * that it shows on that day in every time zone and does not book the reader's time.
 */
record AllDayEvent(String uid, String summary, String description, LocalDate day) implements CalendarEntry {
}
