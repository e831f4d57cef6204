package se.linkoping.samverkan.calendar;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import se.linkoping.samverkan.system.Swedish;

/**
 * Writes an iCalendar (RFC 5545) calendar with ical4j, which builds the calendar, escapes its text and
 * writes its dates: times in UTC so that no event needs a time zone definition, whole days as dates
 * ({@code VALUE=DATE}). The calendar always holds the Europe/Stockholm time zone its
 * {@code X-WR-TIMEZONE} names, taken from ical4j's bundled time zone registry, so that a feed with
 * nothing planned is still a valid calendar (RFC 5545 asks for at least one component). No
 * {@code METHOD}: a feed to subscribe to is not a scheduling message, and {@code METHOD:PUBLISH} would
 * call for an {@code ORGANIZER} on every event (RFC 5546) and a {@code method} parameter on the
 * content type.
 *
 * <p>Lines are folded here rather than by ical4j's {@code CalendarOutputter}: its folding counts UTF-16
 * characters (73 a line), so a line of Swedish text would grow past the 75 octets RFC 5545 allows.
 */
final class Ics {

    static final String PRODUCT = "-//Linköpings kommun//Samverkan//SV";
    private static final int MAX_OCTETS = 75;
    /**
     * Linköping's time zone as ical4j's registry defines it. The registry follows the tz database,
     * where Europe/Stockholm is a link to Europe/Berlin (the same rules since 1980): named here by
     * the id the feed gives, on a copy, so the registry's own definition stays as it is.
     */
    private static final VTimeZone STOCKHOLM = TimeZoneRegistryFactory.getInstance().createRegistry()
            .getTimeZone(Swedish.ZONE.getId()).getVTimeZone().copy().replace(new TzId(Swedish.ZONE.getId()));

    private Ics() {
    }

    static String calendar(String name, List<? extends CalendarEntry> entries, ZonedDateTime stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", text(name)))
                .add(new XProperty("X-WR-TIMEZONE", Swedish.ZONE.getId()));
        calendar.add(STOCKHOLM);
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp));
        }
        StringBuilder ics = new StringBuilder();
        calendar.toString().lines().forEach(content -> line(ics, content));
        return ics.toString();
    }

    private static VEvent event(CalendarEntry entry, ZonedDateTime stamp) {
        VEvent event = new VEvent(false)
                .add(new Uid(text(entry.uid())))
                .add(new DtStamp(stamp.toInstant()));
        if (entry instanceof PlannedMeeting meeting) {
            event.add(new DtStart<>(meeting.start().toInstant()));
            event.add(new DtEnd<>(meeting.end().toInstant()));
        } else if (entry instanceof AllDayEvent day) {
            // the end of a whole day is the next day, not included
            event.add(new DtStart<>(day.day()));
            event.add(new DtEnd<>(day.day().plusDays(1)));
        }
        return event.add(new Summary(text(entry.summary())))
                .add(new Description(text(entry.description())))
                // a meeting books the reader's time, a day of an event only marks it
                .add(entry instanceof AllDayEvent ? ImmutableTransp.TRANSPARENT : ImmutableTransp.OPAQUE);
    }

    /**
     * A TEXT value as ical4j may escape it: every line break (CRLF, LF or a lone CR) as a line feed,
     * which ical4j writes as {@code \n}, and other control characters, which a TEXT value may not
     * hold, left out (a tab stays). ical4j escapes backslash, semicolon and comma.
     */
    static String text(String value) {
        return value.replaceAll("\r\n|\r", "\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** Appends a content line, folded at 75 octets between characters: continuation lines start with a space. */
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
