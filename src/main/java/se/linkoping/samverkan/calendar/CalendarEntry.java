package se.linkoping.samverkan.calendar;

/**
 * One entry of a calendar feed: a booked time ({@link PlannedMeeting}) or a whole day
 * ({@link AllDayEvent}).
 */
sealed interface CalendarEntry permits PlannedMeeting, AllDayEvent {

    /** Stable for the same thing, so that a calendar that subscribes updates it instead of duplicating it. */
    String uid();

    String summary();

    String description();
}
