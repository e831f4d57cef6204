package se.linkoping.samverkan.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) calendar: CRLF line ends, lines folded at 75 octets without
 * splitting a character, text escaped, times in UTC so that no time zone definition is needed.
 */
final class Ics {

    static final String PRODUCT = "-//Linköpings kommun//Samverkan//SV";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private Ics() {
    }

    static String calendar(String name, List<PlannedMeeting> meetings, ZonedDateTime stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + PRODUCT);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(name));
        line(ics, "X-WR-TIMEZONE:Europe/Stockholm");
        for (PlannedMeeting meeting : meetings) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + meeting.uid());
            line(ics, "DTSTAMP:" + utc(stamp));
            line(ics, "DTSTART:" + utc(meeting.start()));
            line(ics, "DTEND:" + utc(meeting.end()));
            line(ics, "SUMMARY:" + text(meeting.summary()));
            line(ics, "DESCRIPTION:" + text(meeting.description()));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static String utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC).format(UTC);
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
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
