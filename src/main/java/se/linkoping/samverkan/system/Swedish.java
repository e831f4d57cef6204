package se.linkoping.samverkan.system;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Linköping's time and the Swedish way of writing it: every page, form, mail and PDF shows days, times,
 * durations, counts ("1 vecka", "2 veckor") and priorities through here, so that they read alike
 * everywhere. Exports keep the codes (ISO durations, numbers) beside these words.
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

    /** A count with the word that fits it: "1 vecka", "2 veckor", "0 veckor". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "1 dag", "7 dagar". */
    public static String days(long n) {
        return count(n, "dag", "dagar");
    }

    /** "1 vecka", "4 veckor". */
    public static String weeks(long n) {
        return count(n, "vecka", "veckor");
    }

    /**
     * A duration in words: whole days as days ("7 dagar" for {@code PT168H}), else hours and minutes
     * ("36 timmar", "1 timme och 30 minuter").
     */
    public static String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        if (!duration.isZero() && duration.toSeconds() % 86_400 == 0) {
            return days(duration.toDays());
        }
        List<String> parts = new ArrayList<>();
        if (duration.toHours() != 0) {
            parts.add(count(duration.toHours(), "timme", "timmar"));
        }
        if (duration.toMinutesPart() != 0 || parts.isEmpty()) {
            parts.add(count(duration.toMinutesPart(), "minut", "minuter"));
        }
        return String.join(" och ", parts);
    }

    /**
     * An ISO-8601 duration or period as people read it: {@code P7D} and {@code PT168H} "7 dagar",
     * {@code P2W} "2 veckor", {@code P3M} "3 månader", {@code P1Y2M} "1 år och 2 månader". Anything else
     * as it is.
     */
    public static String duration(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        String text = iso.strip().toUpperCase(Locale.ROOT);
        if (text.contains("T")) {
            try {
                return duration(Duration.parse(text));
            } catch (DateTimeParseException notADuration) {
                return iso;
            }
        }
        if (text.matches("P\\d+W")) {
            return weeks(Long.parseLong(text.substring(1, text.length() - 1)));
        }
        try {
            Period period = Period.parse(text);
            List<String> parts = new ArrayList<>();
            if (period.getYears() != 0) {
                parts.add(count(period.getYears(), "år", "år"));
            }
            if (period.getMonths() != 0) {
                parts.add(count(period.getMonths(), "månad", "månader"));
            }
            if (period.getDays() != 0 || parts.isEmpty()) {
                parts.add(days(period.getDays()));
            }
            return String.join(" och ", parts);
        } catch (DateTimeParseException notAPeriod) {
            return iso;
        }
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

    /** A priority as people read it: "Prioritet 2 (hög)"; empty for none. */
    public static String priority(Integer priority) {
        if (priority == null) {
            return "";
        }
        String word = priorityWord(priority);
        return "Prioritet " + priority + (word.isEmpty() ? "" : " (" + word + ")");
    }

    /** "ja" or "nej"; empty for null. */
    public static String yesNo(Boolean value) {
        return value == null ? "" : value ? "ja" : "nej";
    }
}
