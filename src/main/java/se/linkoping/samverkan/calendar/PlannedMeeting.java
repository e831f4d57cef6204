package se.linkoping.samverkan.calendar;

import java.time.ZonedDateTime;

/**
 * A meeting in a calendar: a body's planned meeting, or the joint briefing before a known event.
 *
 * @param uid     stable for the same body and start, so a calendar that subscribes updates instead of duplicating
 * @param summary what the calendar shows, e.g. "Styrgruppens möte"
 */
public record PlannedMeeting(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end)
        implements CalendarEntry {
}
