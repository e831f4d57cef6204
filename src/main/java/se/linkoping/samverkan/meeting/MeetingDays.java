package se.linkoping.samverkan.meeting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.Swedish;

/**
 * The day a called meeting meets, known when its agenda is compiled, and when the decisions taken there
 * are due. An ordinary meeting meets on the day its timer called it (the day the calendar feeds show); an
 * extra one a set number of working days (Monday to Friday) after it was asked for. The bodies' decision
 * tasks are due at the end of that working day, Swedish time.
 */
@Component
public class MeetingDays {

    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(16, 0);

    private final int extraMeetingWorkingDays;

    public MeetingDays(@Value("${samverkan.meetings.extra-meeting-working-days}") int extraMeetingWorkingDays) {
        if (extraMeetingWorkingDays < 0) {
            throw new IllegalArgumentException("samverkan.meetings.extra-meeting-working-days must not be negative");
        }
        this.extraMeetingWorkingDays = extraMeetingWorkingDays;
    }

    /** The day a meeting meets. */
    public LocalDate meetsOn(Meeting meeting) {
        LocalDate called = meeting.calledAt().atZoneSameInstant(Swedish.ZONE).toLocalDate();
        if (!meeting.extra()) {
            return called;
        }
        LocalDate day = called;
        for (int left = extraMeetingWorkingDays; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** When the decisions of a meeting that meets on a day are due: the end of that working day. */
    public Date decisionsDue(LocalDate meetsOn) {
        return Date.from(meetsOn.atTime(END_OF_WORKING_DAY).atZone(Swedish.ZONE).toInstant());
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
