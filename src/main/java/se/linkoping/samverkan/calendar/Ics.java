package se.linkoping.samverkan.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) calendar: CRLF line ends, lines folded at 75 octets without
 * splitting a character, text escaped, times in UTC so that no event needs a time zone definition,
 * whole days as dates ({@code VALUE=DATE}). The calendar always holds the Europe/Stockholm time zone
 * its {@code X-WR-TIMEZONE} names, so that a feed with nothing planned is still a valid calendar
 * (RFC 5545 asks for at least one component). No {@code METHOD}: a feed to subscribe to is not a
 * scheduling message, and {@code METHOD:PUBLISH} would call for an {@code ORGANIZER} on every event
 * (RFC 5546) and a {@code method} parameter on the content type.
 */
final class Ics {

    static final String PRODUCT = "-//Linköpings kommun//Samverkan//SV";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Swedish time since 1996 (EU rules): summer time from the last Sunday of March to the last of October. */
    private static final List<String> STOCKHOLM = List.of(
            "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");
    private static final int MAX_OCTETS = 75;

    private Ics() {
    }

    static String calendar(String name, List<? extends CalendarEntry> entries, ZonedDateTime stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODUCT);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:Europe/Stockholm");
        STOCKHOLM.forEach(content -> line(ics, content));
        for (CalendarEntry entry : entries) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + text(entry.uid()));
            line(ics, "DTSTAMP:" + utc(stamp));
            if (entry instanceof PlannedMeeting meeting) {
                line(ics, "DTSTART:" + utc(meeting.start()));
                line(ics, "DTEND:" + utc(meeting.end()));
            } else if (entry instanceof AllDayEvent day) {
                // the end of a whole day is the next day, not included
                line(ics, "DTSTART;VALUE=DATE:" + day.day().format(DATE));
                line(ics, "DTEND;VALUE=DATE:" + day.day().plusDays(1).format(DATE));
            }
            line(ics, "SUMMARY:" + text(entry.summary()));
            line(ics, "DESCRIPTION:" + text(entry.description()));
            // a meeting books the reader's time, a day of an event only marks it
            line(ics, "TRANSP:" + (entry instanceof AllDayEvent ? "TRANSPARENT" : "OPAQUE"));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /**
     * TEXT value escaping: backslash, semicolon and comma escaped, every line break (CRLF, LF or a
     * lone CR) written as {@code \n}, and other control characters, which a TEXT value may not
     * hold, left out (a tab stays).
     */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replaceAll("\r\n|\r|\n", "\\\\n")
                .replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** Appends a content line, folded: continuation lines start with a space. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
