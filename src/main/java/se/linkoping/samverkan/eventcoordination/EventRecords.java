package se.linkoping.samverkan.eventcoordination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Coordination;
import se.linkoping.samverkan.eventcoordination.CoordinatedEvents.Event;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;
import se.linkoping.samverkan.system.EndedRows;

/**
 * The known events and the participants' plans for them (tables {@code coordinated_event} and
 * {@code event_plan}); the district's name is the one it had on the event's day ({@link ReferenceNames}).
 */
@Repository
public class EventRecords {

    private static final String EVENT = """
            select e.id, e.name, e.event_date, e.district_code, e.expected_visitors, e.organiser,
                e.participants, e.process_instance_id, e.evaluated_at
            from samverkan.coordinated_event e
            """;

    /** A participant's plan as stored: empty until its task is done. */
    record Plan(String groupId, String plan) {
    }

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;
    private final Clock clock;

    public EventRecords(JdbcClient jdbc, ReferenceNames referenceNames, Clock clock) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
        this.clock = clock;
    }

    long insert(String name, LocalDate date, String district, int expectedVisitors, String organiser,
                List<String> participants, String startedBy, OffsetDateTime at, String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.coordinated_event (name, event_date, district_code, expected_visitors,
                            organiser, participants, started_by, started_at, process_instance_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(name, date, district, expectedVisitors, organiser, String.join(",", participants), startedBy,
                        at, processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Event> byProcess(String processInstanceId) {
        return jdbc.sql(EVENT + "where e.process_instance_id = ?")
                .param(processInstanceId)
                .query(coordinations())
                .optional()
                .map(Coordination::event);
    }

    /** The events dated from {@code from} to {@code to}, both days included, earliest first. */
    List<Coordination> dated(LocalDate from, LocalDate to) {
        return jdbc.sql(EVENT + "where e.event_date between ? and ? order by e.event_date, e.id")
                .params(from, to)
                .query(coordinations())
                .list();
    }

    /** Events with the name their district had when their day began (a later rename changes no past event). */
    private RowMapper<Coordination> coordinations() {
        NamesAt names = referenceNames.namesAt();
        return (rs, row) -> {
            LocalDate date = rs.getObject(3, LocalDate.class);
            String district = names.district(rs.getString(4), date.atStartOfDay(clock.getZone()).toInstant());
            return new Coordination(new Event(rs.getLong(1), rs.getString(2), date, rs.getString(4), district,
                    rs.getInt(5), rs.getString(6), List.of(rs.getString(7).split(","))), rs.getString(8),
                    rs.getObject(9) != null);
        };
    }

    void insertPlan(long eventId, String groupId, String executionId) {
        jdbc.sql("insert into samverkan.event_plan (event_id, group_id, execution_id) values (?, ?, ?)")
                .params(eventId, groupId, executionId).update();
    }

    void storePlan(String executionId, String plan, String plannedBy, OffsetDateTime at) {
        if (jdbc.sql("update samverkan.event_plan set plan = ?, planned_by = ?, planned_at = ? where execution_id = ?")
                .params(plan, plannedBy, at, executionId).update() != 1) {
            throw new IllegalStateException("No plan is made in execution " + executionId);
        }
    }

    /** The plans for an event, in the order their tasks started. */
    List<Plan> plansOf(long eventId) {
        return jdbc.sql("select group_id, plan from samverkan.event_plan where event_id = ? order by id")
                .param(eventId)
                .query((rs, row) -> new Plan(rs.getString(1), rs.getString(2)))
                .list();
    }

    void storeBriefing(String processInstanceId, String notes, String briefedBy, OffsetDateTime at) {
        jdbc.sql("""
                        update samverkan.coordinated_event set briefing_notes = ?, briefed_by = ?, briefed_at = ?
                        where process_instance_id = ?""")
                .params(notes, briefedBy, at, processInstanceId).update();
    }

    void storeEvaluation(String processInstanceId, String findings, String evaluatedBy, OffsetDateTime at) {
        jdbc.sql("""
                        update samverkan.coordinated_event set findings = ?, evaluated_by = ?, evaluated_at = ?
                        where process_instance_id = ?""")
                .params(findings, evaluatedBy, at, processInstanceId).update();
    }

    /** Retention: removes up to {@code max} events whose process's history is removed at {@code now}, with their plans. */
    public int removeEnded(Instant now, int max) {
        List<Long> ids = EndedRows.due(jdbc, "samverkan.coordinated_event", now, max, Set.of());
        EndedRows.delete(jdbc, "samverkan.event_plan", "event_id", ids);
        return EndedRows.delete(jdbc, "samverkan.coordinated_event", "id", ids);
    }
}
