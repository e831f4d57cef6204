package se.linkoping.samverkan.picture;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The weeks a dashboard shows: whole weeks (Monday to Sunday, Linköping time), oldest first, at least one
 * and at most {@value #MAX_WEEKS}, none after the current week. Without dates it is the last
 * {@value #DEFAULT_WEEKS} weeks, the current one included.
 *
 * @param weeks   the weeks, oldest first
 * @param current the week that is going on now (it may or may not be in the range)
 */
public record WeekRange(List<Week> weeks, Week current) {

    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 104;

    public WeekRange {
        weeks = List.copyOf(weeks);
        if (weeks.isEmpty()) {
            throw new IllegalArgumentException("A range holds at least one week");
        }
    }

    /**
     * The range between two days (each stands for its week; either may be null), checked.
     *
     * @throws Refusal in Swedish when the range is reversed, longer than {@value #MAX_WEEKS} weeks or
     *                      reaches into the future
     */
    public static WeekRange of(LocalDate from, LocalDate to, Instant now, ZoneId zone) {
        Week current = Week.containing(now, zone);
        Week last;
        if (to != null) {
            last = weekOf(to, zone);
        } else if (from != null) {
            Week defaultLast = plusWeeks(weekOf(from, zone), DEFAULT_WEEKS - 1);
            last = defaultLast.monday().isAfter(current.monday()) ? current : defaultLast;
        } else {
            last = current;
        }
        Week first = from == null ? last.minusWeeks(DEFAULT_WEEKS - 1) : weekOf(from, zone);
        List<String> reasons = new ArrayList<>();
        if (last.monday().isAfter(current.monday())) {
            reasons.add("Den sista veckan (" + last.label() + ") har inte börjat än. Välj som senast innevarande vecka, "
                    + current.label() + ".");
        }
        long count = ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        if (count < 1) {
            reasons.add("Den första veckan (" + first.label() + ") ligger efter den sista (" + last.label()
                    + "). Byt plats på dem.");
        } else if (count > MAX_WEEKS) {
            reasons.add("Välj högst " + MAX_WEEKS + " veckor åt gången; " + first.label() + " till " + last.label()
                    + " är " + count + " veckor.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            weeks.add(plusWeeks(first, i));
        }
        return new WeekRange(weeks, current);
    }

    /** The week a day falls in. */
    public static Week weekOf(LocalDate day, ZoneId zone) {
        return new Week(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
    }

    static Week plusWeeks(Week week, int weeks) {
        return new Week(week.monday().plusWeeks(weeks), week.zone());
    }

    public Week first() {
        return weeks.get(0);
    }

    public Week last() {
        return weeks.get(weeks.size() - 1);
    }

    public boolean contains(Week week) {
        return !week.monday().isBefore(first().monday()) && !week.monday().isAfter(last().monday());
    }

    /** The week that has not ended yet: its counts and trend are not final. */
    public boolean isOngoing(Week week) {
        return week.equals(current);
    }

    /**
     * The week whose heat map is shown: the given day's week, or by default the latest week of the range that
     * has ended (EST compiles a week once it is over), or the current week when the range holds only that.
     *
     * @throws Refusal when the day's week is outside the range
     */
    public Week select(LocalDate day) {
        if (day == null) {
            Week last = last();
            return isOngoing(last) && weeks.size() > 1 ? weeks.get(weeks.size() - 2) : last;
        }
        Week week = weekOf(day, current.zone());
        if (!contains(week)) {
            throw new Refusal(List.of("Den valda veckan (" + week.label() + ") ligger utanför veckorna ("
                    + first().label() + " till " + last().label() + ")."));
        }
        return week;
    }
}
