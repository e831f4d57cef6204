package se.linkoping.samverkan.intervention;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.system.Swedish;

/**
 * When an intervention's timers fire, read by {@code intervention} as {@code ${interventionSchedule...}}:
 * a reminder to the responsible group some days before the due date, and an alert to the coordination
 * group when it is a margin past it; the follow-up a set period after the result is reported. Due dates are
 * days; the working day runs 08:00–16:00 Swedish time. The dates come from the stored intervention, never
 * from a variable a task could change.
 */
@Component("interventionSchedule")
public class InterventionSchedule {

    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(16, 0);
    static final LocalTime START_OF_WORKING_DAY = LocalTime.of(8, 0);

    private final Duration reminderBefore;
    private final Duration overdueMargin;
    private final Duration followUpWithin;
    private final Clock clock;

    public InterventionSchedule(@Value("${samverkan.interventions.reminder-before}") Duration reminderBefore,
                                @Value("${samverkan.interventions.overdue-margin}") Duration overdueMargin,
                                @Value("${samverkan.interventions.follow-up-within}") Duration followUpWithin,
                                Clock clock) {
        this.reminderBefore = reminderBefore;
        this.overdueMargin = overdueMargin;
        this.followUpWithin = followUpWithin;
        this.clock = clock;
    }

    /** The task's due date: the end of the working day of the due date. */
    public Date dueAt(LocalDate dueDate) {
        return at(dueDate, END_OF_WORKING_DAY);
    }

    /** The reminder: the start of the working day, the configured number of days before the due date. */
    public Date reminderAt(LocalDate dueDate) {
        return at(dueDate.minusDays(reminderBefore.toDays()), START_OF_WORKING_DAY);
    }

    /** The alert: the end of the working day, the configured number of days after the due date. */
    public Date overdueAt(LocalDate dueDate) {
        return at(dueDate.plusDays(overdueMargin.toDays()), END_OF_WORKING_DAY);
    }

    /**
     * The follow-up task's due date, as the result is reported now: the end of the working day, the
     * configured number of days later.
     */
    public Date followUpDue() {
        return at(LocalDate.now(clock.withZone(Swedish.ZONE)).plusDays(followUpWithin.toDays()), END_OF_WORKING_DAY);
    }

    /** Local date and time, so summer and winter time keep 08:00 at 08:00. */
    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(Swedish.ZONE).toInstant());
    }
}
