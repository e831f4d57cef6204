package se.linkoping.samverkan.matter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.KnownMatters;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.RaisedMatters;
import se.linkoping.samverkan.system.EndedRows;

/**
 * The matters (table {@code matter}). A matter's process finds its row by its process instance; a
 * meeting's decision task by its execution. Statuses are written as {@link MatterStatus} codes.
 */
@Repository
public class MatterRecords implements KnownMatters, RaisedMatters {

    private static final String SELECT = """
            select m.id, m.title, m.description, m.district_code, m.category_code, m.level, m.acute, m.origin,
                m.problem_id, m.intervention_id, m.status, m.meeting_id, m.raised_at, m.raised_by, m.waiting_since,
                m.process_instance_id
            from samverkan.matter m
            """;

    private final JdbcClient jdbc;

    public MatterRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked matter, waiting at its level from the time it is raised. */
    long insert(NewMatter checked, MatterOrigin origin, Long problemId, Long interventionId, String raisedBy,
                OffsetDateTime raisedAt, String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.matter (title, description, district_code, category_code, level, acute,
                            origin, problem_id, intervention_id, raised_by, raised_at, waiting_since, process_instance_id,
                            status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(checked.title(), checked.description(), checked.district(), checked.category(),
                        checked.level(), checked.acute(), origin.name(), problemId, interventionId, raisedBy, raisedAt,
                        raisedAt, processInstanceId, MatterStatus.WAITING.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Ties a matter no process runs yet to a process instance; false when there is none such. */
    boolean tieToProcess(long id, String processInstanceId) {
        return jdbc.sql("update samverkan.matter set process_instance_id = ? where id = ? and process_instance_id is null")
                .params(processInstanceId, id).update() == 1;
    }

    public Optional<Matter> find(long id) {
        return jdbc.sql(SELECT + " where m.id = ?").param(id).query(MatterRecords::matter).optional();
    }

    public Optional<Matter> ofProcess(String processInstanceId) {
        return jdbc.sql(SELECT + " where m.process_instance_id = ?").param(processInstanceId)
                .query(MatterRecords::matter).optional();
    }

    /** The matter a meeting's task decides in an execution. */
    Optional<Matter> decidedIn(String executionId, long meetingId) {
        return jdbc.sql(SELECT + " where m.decision_execution_id = ? and m.meeting_id = ?")
                .params(executionId, meetingId).query(MatterRecords::matter).optional();
    }

    /** The latest matter on a district and category waiting for a meeting or on an agenda. */
    Optional<Matter> latestOpenOn(String district, String category) {
        return jdbc.sql(SELECT + """
                         where m.district_code = ? and m.category_code = ? and m.status in (?, ?)
                         order by m.id desc fetch first 1 rows only""")
                .params(district, category, MatterStatus.WAITING.name(), MatterStatus.ON_AGENDA.name())
                .query(MatterRecords::matter).optional();
    }

    /** The latest matter on a district and category raised at or after a time, whatever has become of it. */
    public Optional<Matter> latestRaisedOn(String district, String category, OffsetDateTime since) {
        return jdbc.sql(SELECT + """
                         where m.district_code = ? and m.category_code = ? and m.raised_at >= ?
                         order by m.id desc fetch first 1 rows only""")
                .params(district, category, since).query(MatterRecords::matter).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from samverkan.matter").query(Long.class).single();
    }

    /** The matters on a meeting's agenda not yet decided there, acute first. */
    public List<Matter> onAgenda(long meetingId) {
        return jdbc.sql(SELECT + " where m.meeting_id = ? and m.status = ? order by m.acute desc, m.id")
                .params(meetingId, MatterStatus.ON_AGENDA.name()).query(MatterRecords::matter).list();
    }

    /**
     * Puts every matter waiting at a level on a meeting's agenda.
     *
     * @return how many
     */
    int putOnAgenda(long meetingId, MeetingBody level) {
        return jdbc.sql("update samverkan.matter set status = ?, meeting_id = ? where level = ? and status = ?")
                .params(MatterStatus.ON_AGENDA.name(), meetingId, level.id(), MatterStatus.WAITING.name()).update();
    }

    void assignDecision(long id, String executionId) {
        jdbc.sql("update samverkan.matter set decision_execution_id = ? where id = ?").params(executionId, id).update();
    }

    /**
     * Escalates a matter to a higher level, where it waits again for the next meeting from a time on: by a
     * meeting's decision, or by rule with the problem that persists (the problem it rests on from now).
     */
    void escalate(long id, MeetingBody level, Long problemId, OffsetDateTime waitingSince) {
        jdbc.sql("""
                        update samverkan.matter set level = ?, status = ?, problem_id = ?,
                            meeting_id = null, decision_execution_id = null, waiting_since = ?
                        where id = ?""")
                .params(level.id(), MatterStatus.WAITING.name(), problemId, waitingSince, id).update();
    }

    /** Handled or closed for good. */
    void decided(long id, MatterStatus status, OffsetDateTime at) {
        jdbc.sql("update samverkan.matter set status = ?, closed_at = ? where id = ?")
                .params(status.name(), at, id).update();
    }

    /** What the convener chose, who chose it and in which role (the body's convener, or an administrator). */
    void convenerAction(String processInstanceId, String action, String convener, OrganisationGroup role,
                        OffsetDateTime at) {
        jdbc.sql("""
                        update samverkan.matter set convener_alerted_at = ?, convener_action = ?, convener = ?,
                            convener_role = ?
                        where process_instance_id = ?""")
                .params(at, action, convener, role.id(), processInstanceId).update();
    }

    /** What the convener did when the matter waited too long (the latest time), if it ever did. */
    Optional<ConvenerAction> convenerActionOf(long id) {
        return jdbc.sql("""
                        select convener_alerted_at, convener_action, convener from samverkan.matter
                        where id = ? and convener_action is not null""")
                .param(id)
                .query((rs, row) -> new ConvenerAction(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3)))
                .optional();
    }

    /** A convener's choice for a matter that waited too long, when and by whom. */
    record ConvenerAction(OffsetDateTime at, String action, String convener) {
    }

    @Override
    public boolean exists(long matterId) {
        return jdbc.sql("select count(*) from samverkan.matter where id = ?").param(matterId).query(Long.class)
                .single() > 0;
    }

    @Override
    public List<String> districtsRaisedSince(OffsetDateTime since) {
        return jdbc.sql("""
                        select distinct district_code from samverkan.matter
                        where district_code is not null and raised_at >= ?""")
                .param(since).query(String.class).list();
    }

    private static Matter matter(ResultSet rs, int row) throws SQLException {
        return new Matter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                MeetingBody.of(rs.getString(6)), rs.getBoolean(7), MatterOrigin.valueOf(rs.getString(8)),
                rs.getObject(9, Long.class), rs.getObject(10, Long.class), MatterStatus.valueOf(rs.getString(11)),
                rs.getObject(12, Long.class), rs.getObject(13, OffsetDateTime.class), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class), rs.getString(16));
    }

    /**
     * Retention: removes up to {@code max} matters whose process's history is removed at {@code now}, except those
     * in {@code keep} (an intervention decided in them stays); how many.
     */
    public int removeEnded(Instant now, int max, Set<Long> keep) {
        return EndedRows.delete(jdbc, "samverkan.matter", "id", EndedRows.due(jdbc, "samverkan.matter", now, max, keep));
    }

    /** Every matter there is (retention: the matters kept so far). */
    public Set<Long> ids() {
        return new java.util.HashSet<>(jdbc.sql("select id from samverkan.matter").query(Long.class).list());
    }

    /** The ids a column of the matters refers to: {@code meeting_id}, {@code problem_id} or {@code intervention_id}. */
    public Set<Long> referred(Reference column) {
        return EndedRows.referred(jdbc, "samverkan.matter", column.name().toLowerCase(java.util.Locale.ROOT) + "_id");
    }

    /** What a matter refers to. */
    public enum Reference { MEETING, PROBLEM, INTERVENTION }
}
