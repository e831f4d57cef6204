package se.linkoping.samverkan.estweeklycycle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar week as Swedes count it: ISO weeks, Monday 00:00 to the next Monday 00:00, in the
 * municipality's time zone.
 */
public record Week(LocalDate monday, ZoneId zone) {

    public Week {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A week starts on a Monday, not on " + monday);
        }
    }

    public static Week containing(Instant instant, ZoneId zone) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    public Instant start() {
        return monday.atStartOfDay(zone).toInstant();
    }

    /** Exclusive. */
    public Instant end() {
        return monday.plusWeeks(1).atStartOfDay(zone).toInstant();
    }

    public Week minusWeeks(int weeks) {
        return new Week(monday.minusWeeks(weeks), zone);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** "vecka 47 2026", as it is written in Swedish. */
    public String label() {
        return "vecka " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " " + monday.get(IsoFields.WEEK_BASED_YEAR);
    }
}
