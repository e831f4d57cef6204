package se.linkoping.samverkan.system;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Linköping's time and the Swedish way of writing it: every page, form, mail and PDF shows days and
 * times through here, so that they read alike everywhere.
 */
public final class Swedish {

    /** Linköping's time zone: meetings, weekly cycles and report times are all local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    public static final Locale LOCALE = Locale.forLanguageTag("sv-SE");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE).withZone(ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", LOCALE)
            .withZone(ZONE);

    private Swedish() {
    }

    /** A day as people write it: "3 december 2026" (an instant or offset time is read in Linköping's time). */
    public static String day(TemporalAccessor time) {
        return time == null ? "" : DAY.format(time);
    }

    /** A moment to the minute as exports write it: "2026-12-03 14:05" (read in Linköping's time). */
    public static String minute(TemporalAccessor time) {
        return time == null ? "" : MINUTE.format(time);
    }

    /** The word of a priority of the decision table problem-priority: "akut", "hög", "förhöjd", "låg". */
    public static String priorityWord(Integer priority) {
        if (priority == null) {
            return "";
        }
        return switch (priority) {
            case 1 -> "akut";
            case 2 -> "hög";
            case 3 -> "förhöjd";
            case 4 -> "låg";
            default -> "";
        };
    }
}
