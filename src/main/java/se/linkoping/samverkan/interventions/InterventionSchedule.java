package se.linkoping.samverkan.interventions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.SamverkanApplication;

/**
 * When an intervention's timers fire, read by {@code intervention} as {@code ${interventionSchedule...}}:
 * a reminder to the responsible group some days before the due date, and an alert to the coordination
 * group when it is a margin past it. Due dates are days; the working day ends at 16:00 Swedish time.
 */
@Component("interventionSchedule")
public class InterventionSchedule {

    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(16, 0);
    static final LocalTime START_OF_WORKING_DAY = LocalTime.of(8, 0);

    private final Duration reminderBefore;
    private final Duration overdueMargin;

    public InterventionSchedule(@Value("${samverkan.interventions.reminder-before}") Duration reminderBefore,
                                @Value("${samverkan.interventions.overdue-margin}") Duration overdueMargin) {
        this.reminderBefore = reminderBefore;
        this.overdueMargin = overdueMargin;
    }

    /** The task's due date: the end of the working day of the due date. */
    public Date dueAt(String dueDate) {
        return at(LocalDate.parse(dueDate), END_OF_WORKING_DAY, Duration.ZERO);
    }

    /** The reminder: the start of the working day, the configured time before the due date. */
    public Date reminderAt(String dueDate) {
        return at(LocalDate.parse(dueDate), START_OF_WORKING_DAY, reminderBefore.negated());
    }

    /** The alert: the configured margin after the end of the due date's working day. */
    public Date overdueAt(String dueDate) {
        return at(LocalDate.parse(dueDate), END_OF_WORKING_DAY, overdueMargin);
    }

    private static Date at(LocalDate day, LocalTime time, Duration shift) {
        return Date.from(day.atTime(time).atZone(SamverkanApplication.ZONE).toInstant().plus(shift));
    }
}
