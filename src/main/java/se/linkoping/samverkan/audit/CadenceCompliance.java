package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

import se.linkoping.samverkan.estweeklycycle.EstSchedule;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingSchedule;

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

    static final int CAP = 5000;

    /** One body in one year. */
    public record Body(String body, String name, int planned, int held, int extraHeld, int heldLate, int notHeld,
                       int mattersWaitedTooLong, String maxWait) {
    }

    /** Every body in one year. */
    public record Year(int year, String lateAfter, List<Body> bodies) {
    }

    private final JdbcClient jdbc;
    private final MeetingSchedule schedule;
    private final EstSchedule est;
    private final Clock clock;
    private final Duration lateAfter;

    public CadenceCompliance(JdbcClient jdbc, MeetingSchedule schedule, EstSchedule est, Clock clock,
                             @Value("${samverkan.audit.meeting-late-after}") Duration lateAfter) {
        this.jdbc = jdbc;
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
        return new Year(year, lateAfter.toString(), bodies);
    }

    private Body est(ZonedDateTime start, ZonedDateTime end, ZonedDateTime now) {
        CronExpression cron = CronExpression.parse(est.cron());
        int planned = 0;
        for (ZonedDateTime at = cron.next(start.minusSeconds(1)); at != null && at.isBefore(end); at = cron.next(at)) {
            planned++;
        }
        record Cycle(OffsetDateTime compiled, OffsetDateTime analysed) {
        }
        List<Cycle> cycles = jdbc.sql("""
                        select compiled_at, analysed_at from samverkan.situational_picture
                        where compiled_at >= ? and compiled_at < ? fetch first %d rows only""".formatted(CAP))
                .params(start.toOffsetDateTime(), end.toOffsetDateTime())
                .query((rs, row) -> new Cycle(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                .list();
        int held = (int) cycles.stream().filter(c -> c.analysed() != null).count();
        int late = (int) cycles.stream().filter(c -> c.analysed() != null && c.analysed().isAfter(c.compiled().plus(lateAfter)))
                .count();
        int notHeld = (int) cycles.stream().filter(c -> c.analysed() == null
                && now.toOffsetDateTime().isAfter(c.compiled().plus(lateAfter))).count();
        return new Body("est", "EST-arbetsgruppen", planned, held, 0, late, notHeld, 0, "P7D");
    }

    private Body body(MeetingBody body, ZonedDateTime start, ZonedDateTime end, ZonedDateTime now) {
        record Held(boolean extra, OffsetDateTime called, OffsetDateTime held) {
        }
        List<Held> meetings = jdbc.sql("""
                        select kind, called_at, held_at from samverkan.meeting
                        where body = ? and called_at >= ? and called_at < ? fetch first %d rows only""".formatted(CAP))
                .params(body.id(), start.toOffsetDateTime(), end.toOffsetDateTime())
                .query((rs, row) -> new Held("EXTRA".equals(rs.getString(1)), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class)))
                .list();
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
                waitedTooLong(body, start, end, now, maxWait), maxWait.toString());
    }

    /**
     * Matters that waited at the body longer than its cadence allows: decided there in the year after a
     * longer wait (from being raised or the decision before), or still waiting there longer than that.
     */
    private int waitedTooLong(MeetingBody body, ZonedDateTime start, ZonedDateTime end, ZonedDateTime now,
                              Duration maxWait) {
        record Decided(long matter, String body, OffsetDateTime at) {
        }
        List<Decided> decided = jdbc.sql("""
                        select subject_id, body, decided_at from samverkan.decision_record
                        where subject_type = 'MATTER' and decided_at < ? order by subject_id, id
                        fetch first %d rows only""".formatted(CAP))
                .param(end.toOffsetDateTime())
                .query((rs, row) -> new Decided(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
        Map<Long, OffsetDateTime> raised = new HashMap<>();
        jdbc.sql("select id, raised_at from samverkan.matter where raised_at < ? fetch first %d rows only"
                        .formatted(CAP))
                .param(end.toOffsetDateTime())
                .query(rs -> {
                    raised.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
                });
        int count = 0;
        Map<Long, OffsetDateTime> since = new HashMap<>(raised);
        for (Decided d : decided) {
            OffsetDateTime waitedFrom = since.get(d.matter());
            if (body.id().equals(d.body()) && !d.at().isBefore(start.toOffsetDateTime()) && waitedFrom != null
                    && d.at().isAfter(waitedFrom.plus(maxWait))) {
                count++;
            }
            since.put(d.matter(), d.at());
        }
        OffsetDateTime until = now.isBefore(end) ? now.toOffsetDateTime() : end.toOffsetDateTime();
        count += jdbc.sql("""
                        select count(*) from samverkan.matter
                        where level = ? and status in (?, ?) and waiting_since < ?""")
                .params(body.id(), MatterStatus.WAITING.name(), MatterStatus.ON_AGENDA.name(), until.minus(maxWait))
                .query(Long.class).single().intValue();
        return count;
    }
}
