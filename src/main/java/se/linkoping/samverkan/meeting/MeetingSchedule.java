package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

/**
 * When the bodies meet, read by the timers of the meeting processes as {@code ${meetingSchedule...}}
 * and by the matters that wait for them. The steering and political steering groups meet on dates
 * set as cron expressions (three times a year); the coordination group meets from a first meeting at
 * the cadence that {@code meeting-cadence} gives its current phase. The engine reads a cycle again
 * each time it fires, and a phase change recalculates the waiting timer at once.
 */
@Component("meetingSchedule")
public class MeetingSchedule {

    private final LocalDateTime coordinationGroupFirstMeeting;
    private final String steeringGroupCron;
    private final String politicalSteeringGroupCron;
    private final Duration steeringGroupMaxWait;
    private final Duration politicalSteeringGroupMaxWait;
    private final CoordinationPhases phases;
    private final MeetingCadence cadence;
    private final Clock clock;

    public MeetingSchedule(
            @Value("${samverkan.meetings.coordination-group.first-meeting}") LocalDateTime coordinationGroupFirstMeeting,
            @Value("${samverkan.meetings.steering-group.cron}") String steeringGroupCron,
            @Value("${samverkan.meetings.steering-group.max-wait}") Duration steeringGroupMaxWait,
            @Value("${samverkan.meetings.political-steering-group.cron}") String politicalSteeringGroupCron,
            @Value("${samverkan.meetings.political-steering-group.max-wait}") Duration politicalSteeringGroupMaxWait,
            CoordinationPhases phases, MeetingCadence cadence, Clock clock) {
        this.coordinationGroupFirstMeeting = coordinationGroupFirstMeeting;
        this.steeringGroupCron = steeringGroupCron;
        this.politicalSteeringGroupCron = politicalSteeringGroupCron;
        this.steeringGroupMaxWait = steeringGroupMaxWait;
        this.politicalSteeringGroupMaxWait = politicalSteeringGroupMaxWait;
        this.phases = phases;
        this.cadence = cadence;
        this.clock = clock;
        CronExpression.parse(steeringGroupCron);
        CronExpression.parse(politicalSteeringGroupCron);
    }

    /** The coordination group's timer: an ISO-8601 repeating interval from the first meeting. */
    public String coordinationGroupCycle() {
        return "R/" + coordinationGroupFirstMeeting.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + "/"
                + currentCadence().interval();
    }

    public String steeringGroupCron() {
        return steeringGroupCron;
    }

    public String politicalSteeringGroupCron() {
        return politicalSteeringGroupCron;
    }

    /** The coordination group's cadence in its current phase. */
    public MeetingCadence.Cadence currentCadence() {
        return cadence.of(phases.current());
    }

    /**
     * How long a matter may wait at a level before the convener is alerted (ISO-8601, in days): for the
     * coordination group what the cadence table says for its phase, for the others the setting.
     */
    public String maxWait(String level) {
        long days = switch (MeetingBody.of(level)) {
            case COORDINATION_GROUP -> currentCadence().maxWaitDays();
            case STEERING_GROUP -> steeringGroupMaxWait.toDays();
            case POLITICAL_STEERING_GROUP -> politicalSteeringGroupMaxWait.toDays();
        };
        return "P" + days + "D";
    }

    /**
     * Moves the coordination group's waiting timer to the next meeting of the current cadence, after a
     * phase change: the engine reads {@link #coordinationGroupCycle()} again.
     */
    public void rescheduleCoordinationGroup(ManagementService management) {
        for (Job timer : management.createJobQuery().processDefinitionKey(MeetingBody.COORDINATION_GROUP.processKey())
                .timers().list()) {
            if (timer.getProcessInstanceId() == null) {
                management.recalculateJobDuedate(timer.getId(), false);
            }
        }
    }

    /** The alert of a waiting matter: once it has waited {@link #maxWait}, and again for each such period. */
    public String waitAlertCycle(String level) {
        return "R/" + maxWait(level);
    }

    /** The next ordinary meeting of a body after a time. */
    public ZonedDateTime nextMeeting(MeetingBody body, ZonedDateTime after) {
        return switch (body) {
            case COORDINATION_GROUP -> nextInCycle(after, currentCadence().interval());
            case STEERING_GROUP -> CronExpression.parse(steeringGroupCron).next(after);
            case POLITICAL_STEERING_GROUP -> CronExpression.parse(politicalSteeringGroupCron).next(after);
        };
    }

    /**
     * Whether the coordination group meeting held now is its last before the steering group meets:
     * then it proposes goals, picture and action plan per district (the tertial analysis).
     */
    public boolean lastCoordinationMeetingBeforeSteeringGroup() {
        return lastCoordinationMeetingBeforeSteeringGroup(ZonedDateTime.now(clock));
    }

    /**
     * Whether the coordination group meeting called at a time is its last before the steering group
     * meets. Asked with the time the meeting was called, not when its decisions were done: a meeting
     * whose decisions take days belongs to the tertial of the day it was called.
     */
    public boolean lastCoordinationMeetingBeforeSteeringGroup(ZonedDateTime calledAt) {
        ZonedDateTime steering = nextMeeting(MeetingBody.STEERING_GROUP, calledAt);
        return !nextMeeting(MeetingBody.COORDINATION_GROUP, calledAt).isBefore(steering);
    }

    /** As the engine counts a cycle: each meeting one period after the one before. */
    private ZonedDateTime nextInCycle(ZonedDateTime after, String interval) {
        Period period = Period.parse(interval);
        LocalDateTime meeting = coordinationGroupFirstMeeting;
        while (!meeting.atZone(clock.getZone()).isAfter(after)) {
            meeting = meeting.plus(period);
        }
        return meeting.atZone(clock.getZone());
    }
}
