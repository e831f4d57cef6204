package se.linkoping.samverkan.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intervention's times are Swedish working hours, whatever the season. */
class InterventionScheduleTest {

    private final InterventionSchedule schedule = new InterventionSchedule(Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(14), Clock.fixed(Instant.parse("2027-10-20T22:30:00Z"), ZoneId.of("UTC")));

    @ParameterizedTest(name = "due {0}: reminded {1}, due {2}, late {3}")
    @CsvSource({
            "2026-12-18, 2026-12-15T08:00, 2026-12-18T16:00, 2026-12-25T16:00",
            // summer time starts on 29 March 2027 and ends on 31 October 2027
            "2027-03-30, 2027-03-27T08:00, 2027-03-30T16:00, 2027-04-06T16:00",
            "2027-10-27, 2027-10-24T08:00, 2027-10-27T16:00, 2027-11-03T16:00"})
    void workingHoursInSwedishLocalTime(LocalDate due, LocalDateTime reminder, LocalDateTime dueAt,
                                        LocalDateTime overdue) {
        assertThat(schedule.reminderAt(due)).isEqualTo(local(reminder));
        assertThat(schedule.dueAt(due)).isEqualTo(local(dueAt));
        assertThat(schedule.overdueAt(due)).isEqualTo(local(overdue));
    }

    @Test
    void aFollowUpIsDueTheSetPeriodAfterTheResultAtTheEndOfTheSwedishWorkingDay() {
        // reported late in the evening of 20 October UTC, which is 21 October in Linköping
        assertThat(schedule.followUpDue()).isEqualTo(local(LocalDateTime.parse("2027-11-04T16:00")));
    }

    private static Date local(LocalDateTime time) {
        return Date.from(time.atZone(STOCKHOLM).toInstant());
    }
}
