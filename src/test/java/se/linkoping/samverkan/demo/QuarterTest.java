package se.linkoping.samverkan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import se.linkoping.samverkan.system.Swedish;

/** The simulated quarter's calendar: its weeks, working hours, and which weekly picture EST has not yet analysed. */
class QuarterTest {

    private static Instant local(String time) {
        return LocalDateTime.parse(time).atZone(Swedish.ZONE).toInstant();
    }

    @Test
    void aQuarterIsThirteenWholeWeeksBeforeTheCurrentOne() {
        Quarter quarter = Quarter.endingAt(local("2026-12-01T21:24:55"));
        assertThat(quarter.firstMonday()).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(quarter.lastWeek()).isEqualTo(13);
        assertThat(quarter.monday(13)).isEqualTo(LocalDate.of(2026, 11, 30));
        // after the EST timer's 07:00, so the first cycle is the one compiling week 0
        assertThat(quarter.start()).isEqualTo(local("2026-08-31T07:30"));
        assertThat(quarter.weekOf(local("2026-10-24T13:00"))).isEqualTo(7);
        assertThat(quarter.weekOf(local("2026-08-30T23:00"))).isEqualTo(-1);
        // across the change to winter time (25 October) a week is still seven days
        assertThat(quarter.weekOf(local("2026-10-26T00:30"))).isEqualTo(8);
    }

    @Test
    void peopleWorkWeekdaysFromEightToFive() {
        assertThat(Quarter.workingTime(local("2026-10-10T13:00"))).isEqualTo(local("2026-10-12T08:00"));
        assertThat(Quarter.workingTime(local("2026-10-09T17:30"))).isEqualTo(local("2026-10-12T08:00"));
        assertThat(Quarter.workingTime(local("2026-10-13T06:10"))).isEqualTo(local("2026-10-13T08:00"));
        assertThat(Quarter.workingTime(local("2026-10-14T10:15"))).isEqualTo(local("2026-10-14T10:15"));
        assertThat(Quarter.workingDaysAfter(local("2026-10-09T11:00"), 1, LocalTime.of(9, 5)))
                .isEqualTo(local("2026-10-12T09:05"));
        assertThat(Quarter.workingDaysAfter(local("2026-10-08T11:00"), 2, LocalTime.of(10, 0)))
                .isEqualTo(local("2026-10-12T10:00"));
    }

    /**
     * The politicians' extra meeting is called on the working day before the demo opens and held two working
     * days later, so it is still ahead whatever day of the week the demo opens (its decisions wait).
     */
    @Test
    void theWorkingDayBeforeEveryDayOfTheWeekLeavesTheExtraMeetingAhead() {
        LocalDate monday = LocalDate.of(2026, 12, 28); // week 53 of 2026, into 2027
        for (int i = 0; i < 7; i++) {
            LocalDate today = monday.plusDays(i);
            LocalDate before = Quarter.workingDayBefore(today);
            assertThat(before).isBefore(today);
            assertThat(before.getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
            assertThat(before.datesUntil(today).filter(d -> d.getDayOfWeek().getValue() <= 5).count()).isEqualTo(1);
            Instant held = Quarter.workingDaysAfter(Quarter.at(before, LocalTime.of(9, 10)), 2, LocalTime.of(10, 0));
            assertThat(Quarter.day(held)).isAfter(today);
        }
        assertThat(Quarter.workingDayBefore(LocalDate.of(2027, 1, 4))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void theLatestWeeklyCycleBeforeTheEndIsLeftForEst() {
        String mondays = "0 0 7 ? * MON";
        // Tuesday evening: Monday's cycle compiled the week before
        assertThat(StaffWork.latestWeekCompiled(mondays, local("2026-12-01T21:00"))).isEqualTo(LocalDate.of(2026, 11, 23));
        // Monday before seven: the latest cycle is a week old
        assertThat(StaffWork.latestWeekCompiled(mondays, local("2026-11-30T06:00"))).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(StaffWork.latestWeekCompiled(mondays, local("2026-11-30T07:00"))).isEqualTo(LocalDate.of(2026, 11, 23));
    }
}
