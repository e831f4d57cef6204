package se.linkoping.samverkan.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

import se.linkoping.samverkan.system.Swedish;

/**
 * The simulated quarter, in Linköping's time zone: the {@value #WEEKS} whole weeks before the current one
 * (weeks 0 to 12) and the current week up to the end (week 13). The EST cycle on the Monday of week
 * {@code n} compiles week {@code n - 1}, so the quarter has thirteen weekly pictures.
 *
 * @param firstMonday the Monday of week 0
 * @param end         when the simulation ends: the real time it started
 */
record Quarter(LocalDate firstMonday, Instant end) {

    /** Whole weeks simulated before the current one. */
    static final int WEEKS = 13;
    static final LocalTime WORKDAY_START = LocalTime.of(8, 0);
    static final LocalTime WORKDAY_END = LocalTime.of(17, 0);

    Quarter {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("A quarter starts on a Monday, not on " + firstMonday);
        }
    }

    /** The quarter that ends at a time: its current week is the week of that time. */
    static Quarter endingAt(Instant end) {
        LocalDate monday = end.atZone(Swedish.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Quarter(monday.minusWeeks(WEEKS), end.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * When the simulation starts: Monday of week 0, after the EST timer's 07:00, so that the first cycle
     * is the one that compiles week 0.
     */
    Instant start() {
        return at(firstMonday, LocalTime.of(7, 30));
    }

    /** The current, partial week. */
    int lastWeek() {
        return WEEKS;
    }

    LocalDate monday(int week) {
        return firstMonday.plusWeeks(week);
    }

    /** The week of the quarter a time falls in (negative before it). */
    int weekOf(Instant time) {
        LocalDate day = time.atZone(Swedish.ZONE).toLocalDate();
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, day), 7);
    }

    /** The quarter as people read it: "31 augusti 2026 – 1 december 2026". */
    String period() {
        return Swedish.day(firstMonday) + " – " + Swedish.day(end);
    }

    /** The year the budget being planned in the quarter is for: the next. */
    int budgetYear() {
        return day(end).getYear() + 1;
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(Swedish.ZONE).toInstant();
    }

    static LocalDate day(Instant time) {
        return time.atZone(Swedish.ZONE).toLocalDate();
    }

    /** A due date: the Friday on or after the day a number of days after a time. */
    static LocalDate fridayAfter(Instant time, int days) {
        return day(time).plusDays(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }

    /** The first moment at or after a time within working hours: Monday to Friday, 08:00 to 17:00. */
    static Instant workingTime(Instant time) {
        ZonedDateTime at = time.atZone(Swedish.ZONE);
        while (true) {
            boolean weekday = at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY;
            LocalTime clock = at.toLocalTime();
            if (weekday && !clock.isBefore(WORKDAY_START) && clock.isBefore(WORKDAY_END)) {
                return at.toInstant();
            }
            ZonedDateTime morning = at.toLocalDate().atTime(WORKDAY_START).atZone(Swedish.ZONE);
            at = weekday && clock.isBefore(WORKDAY_START) ? morning : morning.plusDays(1);
        }
    }

    /** The working day (Monday to Friday) before a day. */
    static LocalDate workingDayBefore(LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (before.getDayOfWeek() == DayOfWeek.SATURDAY || before.getDayOfWeek() == DayOfWeek.SUNDAY) {
            before = before.minusDays(1);
        }
        return before;
    }

    /** Working days after a time, at a time of day: "two working days later at 10:00". */
    static Instant workingDaysAfter(Instant time, int days, LocalTime clock) {
        LocalDate day = day(time);
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return workingTime(at(day, clock));
    }
}
