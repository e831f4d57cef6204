package se.linkoping.samverkan.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingCadence;
import se.linkoping.samverkan.meeting.MeetingSchedule;

/**
 * The planned meetings of a body from now to the horizon, as the timers will start them: EST's weekly
 * cycle, the coordination group at its phase's cadence, the steering groups on their dates.
 */
@Service
public class MeetingCalendar {

    static final String EST = "est";
    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    private final MeetingSchedule meetings;
    private final EstSchedule est;
    private final Clock clock;
    private final Duration horizon;
    private final Duration length;

    public MeetingCalendar(MeetingSchedule meetings, EstSchedule est, Clock clock,
                           @Value("${samverkan.calendar.horizon}") Duration horizon,
                           @Value("${samverkan.calendar.meeting-length}") Duration length) {
        this.meetings = meetings;
        this.est = est;
        this.clock = clock;
        this.horizon = horizon;
        this.length = length;
    }

    /** The calendar's name, or empty for a group that has no meetings. */
    public Optional<String> name(String bodyId) {
        if (EST.equals(bodyId)) {
            return Optional.of("EST – veckovis lägesbild");
        }
        return MeetingBody.byId(bodyId).map(body -> body.swedishName() + " – möten");
    }

    /** The planned meetings of a body (est or a meeting body) within the horizon, first first. */
    public List<PlannedMeeting> planned(String bodyId) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime until = now.plus(horizon);
        List<PlannedMeeting> planned = new ArrayList<>();
        if (EST.equals(bodyId)) {
            CronExpression cron = CronExpression.parse(est.cron());
            for (ZonedDateTime at = cron.next(now); at != null && at.isBefore(until); at = cron.next(at)) {
                planned.add(meeting(bodyId, at, "EST – veckovis lägesbild",
                        "Förra veckans lägesbild sammanställs och EST analyserar den i Samverkan (Tasklist)."));
            }
            return planned;
        }
        MeetingBody body = MeetingBody.byId(bodyId)
                .orElseThrow(() -> new IllegalArgumentException("No meetings for " + bodyId));
        String description = switch (body) {
            case COORDINATION_GROUP -> {
                MeetingCadence.Cadence cadence = meetings.currentCadence();
                yield "Ordinarie möte. Fas " + cadence.phase() + ": " + cadence.name().toLowerCase(Locale.ROOT)
                        + " (beslutstabellen meeting-cadence). Dagordningen förbereds av säkerhetsenheten eller "
                        + "stadsdelssamordnarna i Samverkan.";
            }
            case STEERING_GROUP -> "Ordinarie möte, ett av tre om året. Dagordningen förbereds av säkerhetsenheten "
                    + "i Samverkan.";
            case POLITICAL_STEERING_GROUP -> "Ordinarie möte, ett av tre om året, efter styrgruppens. Dagordningen "
                    + "förbereds av säkerhetsenheten i Samverkan.";
        };
        for (ZonedDateTime at = meetings.nextMeeting(body, now); at.isBefore(until);
             at = meetings.nextMeeting(body, at)) {
            planned.add(meeting(bodyId, at, body.swedishName() + "s möte", description));
        }
        return planned;
    }

    private PlannedMeeting meeting(String bodyId, ZonedDateTime at, String summary, String description) {
        return new PlannedMeeting(bodyId + "-" + at.format(UID_TIME) + "@samverkan.linkoping.se", summary,
                description, at, at.plus(length));
    }
}
