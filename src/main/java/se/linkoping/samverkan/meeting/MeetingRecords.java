package se.linkoping.samverkan.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.EndedRows;

/** The meetings of the bodies (table {@code meeting}), found by id or by the process instance that runs them. */
@Repository
public class MeetingRecords {

    private static final String SELECT = "select id, body, kind, called_at, reason, status from samverkan.meeting";

    private final JdbcClient jdbc;

    public MeetingRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a meeting as it is called; it starts {@link MeetingStatus#CALLED}. */
    long insert(MeetingBody body, MeetingKind kind, OffsetDateTime calledAt, String reason, String requestedBy,
                String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, reason, requested_by, process_instance_id,
                            status)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(body.id(), kind.name(), calledAt, reason, requestedBy, processInstanceId,
                        MeetingStatus.CALLED.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The process instance of the first extra meeting of a body that is called and has no agenda yet. */
    Optional<String> extraCalled(MeetingBody body) {
        return jdbc.sql("""
                        select process_instance_id from samverkan.meeting
                        where body = ? and kind = ? and status = ? order by id fetch first 1 rows only""")
                .params(body.id(), MeetingKind.EXTRA.name(), MeetingStatus.CALLED.name())
                .query(String.class).optional();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(MeetingRecords::meeting).optional();
    }

    public Optional<Meeting> ofProcess(String processInstanceId) {
        return jdbc.sql(SELECT + " where process_instance_id = ?").param(processInstanceId)
                .query(MeetingRecords::meeting).optional();
    }

    /** A body's latest meetings, latest first. */
    public List<Meeting> latest(MeetingBody body, int max) {
        return jdbc.sql(SELECT + " where body = ? order by called_at desc, id desc fetch first %d rows only"
                        .formatted(max))
                .param(body.id()).query(MeetingRecords::meeting).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from samverkan.meeting").query(Long.class).single();
    }

    /** How many meetings have come as far as a status. */
    public long count(MeetingStatus status) {
        return jdbc.sql("select count(*) from samverkan.meeting where status = ?").param(status.name())
                .query(Long.class).single();
    }

    void agendaCompiled(long id, OffsetDateTime at, LocalDate meetsOn) {
        jdbc.sql("update samverkan.meeting set status = ?, agenda_compiled_at = ?, meets_on = ? where id = ?")
                .params(MeetingStatus.AGENDA.name(), at, meetsOn, id).update();
    }

    /** A meeting's agenda as prepared: the day it meets (null before its agenda is compiled) and the notes to it. */
    public Optional<Agenda> agenda(long id) {
        return jdbc.sql("""
                        select meets_on, agenda_notes, agenda_prepared_by, agenda_prepared_at, phase_requested
                        from samverkan.meeting where id = ?""")
                .param(id)
                .query((rs, row) -> new Agenda(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getBoolean(5)))
                .optional();
    }

    /**
     * What was prepared for a meeting.
     *
     * @param notes          what the security unit or a district coordinator added for the meeting (null for nothing)
     * @param phaseRequested whether a member of the steering group asked for a phase decision at an extra meeting
     */
    public record Agenda(LocalDate meetsOn, String notes, String preparedBy, OffsetDateTime preparedAt,
                         boolean phaseRequested) {
    }

    void phaseRequested(long id) {
        jdbc.sql("update samverkan.meeting set phase_requested = ? where id = ?").params(true, id).update();
    }

    void agendaPrepared(long id, String notes, String preparedBy, OffsetDateTime at) {
        jdbc.sql("""
                        update samverkan.meeting set agenda_notes = ?, agenda_prepared_by = ?, agenda_prepared_at = ?
                        where id = ?""")
                .params(notes, preparedBy, at, id).update();
    }

    void held(long id, OffsetDateTime at) {
        jdbc.sql("update samverkan.meeting set status = ?, held_at = ? where id = ?")
                .params(MeetingStatus.HELD.name(), at, id).update();
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong(1), MeetingBody.of(rs.getString(2)),
                MeetingKind.valueOf(rs.getString(3)) == MeetingKind.EXTRA, rs.getObject(4, OffsetDateTime.class),
                rs.getString(5), MeetingStatus.valueOf(rs.getString(6)));
    }

    /**
     * Retention: removes up to {@code max} meetings whose process's history is removed at {@code now}, except those
     * in {@code keep} (what stays and refers to them); how many.
     */
    public int removeEnded(Instant now, int max, Set<Long> keep) {
        return EndedRows.delete(jdbc, "samverkan.meeting", "id", EndedRows.due(jdbc, "samverkan.meeting", now, max, keep));
    }
}
