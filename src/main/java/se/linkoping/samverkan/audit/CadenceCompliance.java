package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;
import se.linkoping.samverkan.system.Swedish;

/**
 * How often each body met against its cadence in a year: ordinary meetings planned (those the timers
 * called, and those still ahead in the year on the schedule in force), held, extra meetings, meetings
 * held later than {@code samverkan.audit.meeting-late-after} after they were called or not held at
 * all, and matters that waited at the body longer than its cadence allows. EST's weekly cycle counts
 * as held when EST analysed the week's picture. Not a read-only transaction: the coordination group's
 * cadence comes from evaluating the table {@code meeting-cadence}, which the engine records in its history.
 */
@Service
public class CadenceCompliance {

    /** EST analyses every week's picture. */
    static final String EST_MAX_WAIT = "P7D";

    /** One body in one year; the longest wait allowed as an ISO duration (for exports) and in words. */
    public record Body(String body, String name, int planned, int held, int extraHeld, int heldLate, int notHeld,
                       int mattersWaitedTooLong, String maxWait, String maxWaitText) {
    }

    /** Every body in one year; when a meeting counts as late, as an ISO duration (for exports) and in words. */
    public record Year(int year, String lateAfter, String lateAfterText, List<Body> bodies) {
    }

    private final CadenceRecords records;
    private final MeetingSchedule schedule;
    private final EstSchedule est;
    private final Clock clock;
    private final Duration lateAfter;

    CadenceCompliance(CadenceRecords records, MeetingSchedule schedule, EstSchedule est, Clock clock,
                      @Value("${samverkan.audit.meeting-late-after}") Duration lateAfter) {
        this.records = records;
        this.schedule = schedule;
        this.est = est;
        this.clock = clock;
        this.lateAfter = lateAfter;
    }

    public Year of(int year) {
        ZonedDateTime start = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, clock.getZone());
        ZonedDateTime end = start.plusYears(1);
        ZonedDateTime now = ZonedDateTime.now(clock);
        List<Body> bodies = new ArrayList<>();
        bodies.add(est(start, end, now));
        for (MeetingBody body : MeetingBody.values()) {
            bodies.add(body(body, start, end, now));
        }
        return new Year(year, lateAfter.toString(), Swedish.duration(lateAfter), bodies);
    }

    private Body est(ZonedDateTime start, ZonedDateTime end, ZonedDateTime now) {
        CronExpression cron = CronExpression.parse(est.cron());
        int planned = 0;
        for (ZonedDateTime at = cron.next(start.minusSeconds(1)); at != null && at.isBefore(end); at = cron.next(at)) {
            planned++;
        }
        List<CadenceRecords.Cycle> cycles = records.cycles(start.toOffsetDateTime(), end.toOffsetDateTime());
        int held = (int) cycles.stream().filter(c -> c.analysed() != null).count();
        int late = (int) cycles.stream().filter(c -> c.analysed() != null && c.analysed().isAfter(c.compiled().plus(lateAfter)))
                .count();
        int notHeld = (int) cycles.stream().filter(c -> c.analysed() == null
                && now.toOffsetDateTime().isAfter(c.compiled().plus(lateAfter))).count();
        return new Body(OrganisationGroup.EST.id(), OrganisationGroup.EST.shortName(), planned, held, 0, late, notHeld,
                0, EST_MAX_WAIT, Swedish.duration(EST_MAX_WAIT));
    }

    private Body body(MeetingBody body, ZonedDateTime start, ZonedDateTime end, ZonedDateTime now) {
        List<CadenceRecords.Meeting> meetings = records.meetings(body, start.toOffsetDateTime(),
                end.toOffsetDateTime());
        int called = (int) meetings.stream().filter(m -> !m.extra()).count();
        int ahead = 0;
        if (now.isBefore(end)) {
            for (ZonedDateTime at = schedule.nextMeeting(body, now.isAfter(start) ? now : start.minusSeconds(1));
                 at.isBefore(end); at = schedule.nextMeeting(body, at)) {
                ahead++;
            }
        }
        int held = (int) meetings.stream().filter(m -> !m.extra() && m.held() != null).count();
        int extra = (int) meetings.stream().filter(m -> m.extra() && m.held() != null).count();
        int late = (int) meetings.stream().filter(m -> m.held() != null && m.held().isAfter(m.called().plus(lateAfter)))
                .count();
        int notHeld = (int) meetings.stream().filter(m -> m.held() == null
                && now.toOffsetDateTime().isAfter(m.called().plus(lateAfter))).count();
        Duration maxWait = Duration.parse(schedule.maxWait(body.id()));
        return new Body(body.id(), body.swedishName(), called + ahead, held, extra, late, notHeld,
                waitedTooLong(body, start, end, now, maxWait), maxWait.toString(), Swedish.duration(maxWait));
    }

    /**
     * Matters that waited at the body longer than its cadence allows: decided there in the year after a
     * longer wait (from being raised or the decision before), or still waiting there longer than that.
     */
    private int waitedTooLong(MeetingBody body, ZonedDateTime start, ZonedDateTime end, ZonedDateTime now,
                              Duration maxWait) {
        List<CadenceRecords.Decided> decided = records.matterDecisions(end.toOffsetDateTime());
        Map<Long, OffsetDateTime> since = records.raised(end.toOffsetDateTime());
        int count = 0;
        for (CadenceRecords.Decided d : decided) {
            OffsetDateTime waitedFrom = since.get(d.matter());
            if (body.id().equals(d.body()) && !d.at().isBefore(start.toOffsetDateTime()) && waitedFrom != null
                    && d.at().isAfter(waitedFrom.plus(maxWait))) {
                count++;
            }
            since.put(d.matter(), d.at());
        }
        OffsetDateTime until = now.isBefore(end) ? now.toOffsetDateTime() : end.toOffsetDateTime();
        count += records.waitingSince(body, until.minus(maxWait));
        return count;
    }
}
