package se.linkoping.samverkan.intervention;

import static org.assertj.core.api.Assertions.assertThat;
import static se.linkoping.samverkan.support.Times.STOCKHOLM;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The intervention's times are Swedish working hours, whatever the season. */
class InterventionScheduleTest {

    private final InterventionSchedule schedule = new InterventionSchedule(Duration.ofDays(3), Duration.ofDays(7));

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

    private static Date local(LocalDateTime time) {
        return Date.from(time.atZone(STOCKHOLM).toInstant());
    }
}
