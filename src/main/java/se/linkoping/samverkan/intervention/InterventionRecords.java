package se.linkoping.samverkan.intervention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.EndedRows;

/**
 * The interventions (table {@code intervention}). A running one is found by the process instance that
 * runs it; the updates say how many rows they changed, so that the service notices a missing one.
 */
@Repository
public class InterventionRecords {

    private static final String SELECT = """
            select id, title, responsible_group, due_date, decided_by_body, problem_id, matter_id, status
            from samverkan.intervention
            """;

    private final JdbcClient jdbc;

    public InterventionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked decision, with its texts and due date as checked; it starts {@link InterventionStatus#ONGOING}. */
    long insert(InterventionDecision decision, String title, String description, LocalDate due, String decidedBy,
                OffsetDateTime decidedAt, String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.intervention (title, description, responsible_group, due_date,
                            decided_by_body, decided_by, decided_at, problem_id, matter_id, process_instance_id, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(title, description, decision.responsibleGroup(), due, decision.decidedByBody(), decidedBy,
                        decidedAt, decision.problemId(), decision.matterId(), processInstanceId,
                        InterventionStatus.ONGOING.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Intervention> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(InterventionRecords::intervention).optional();
    }

    public Optional<Intervention> ofProcess(String processInstanceId) {
        return jdbc.sql(SELECT + " where process_instance_id = ?").param(processInstanceId)
                .query(InterventionRecords::intervention).optional();
    }

    /** A body's interventions not yet followed up, oldest due first. */
    public List<Intervention> notFollowedUpOf(String body) {
        return jdbc.sql(SELECT + " where decided_by_body = ? and status <> ? order by due_date, id")
                .params(body, InterventionStatus.FOLLOWED_UP.name())
                .query(InterventionRecords::intervention).list();
    }

    /** The interventions still going on after their due date, the one due first first. */
    public List<Intervention> lateOnes(LocalDate today) {
        return jdbc.sql(SELECT + " where status = ? and due_date < ? order by due_date")
                .params(InterventionStatus.ONGOING.name(), today)
                .query(InterventionRecords::intervention).list();
    }

    /**
     * The course of the interventions a matter rests on, latest due first: those decided on the matter, the late
     * one it was raised for, and those that answer the given problems (of its district and category).
     */
    public List<InterventionCourse> coursesFor(long matterId, Long interventionId, Collection<Long> problemIds) {
        return jdbc.sql("""
                        select i.id, i.title, i.responsible_group, i.due_date, i.decided_by_body, i.decided_by,
                            i.decided_at, i.status, i.result, i.reported_by, i.reported_at, i.effect, i.follow_up,
                            i.followed_up_by, i.followed_up_at
                        from samverkan.intervention i
                        where i.matter_id = :matter or i.id = :intervention or i.problem_id in (:problems)
                        order by i.due_date desc, i.id desc fetch first 20 rows only""")
                .param("matter", matterId).param("intervention", interventionId)
                // an empty list is no valid SQL; no problem has id 0
                .param("problems", problemIds.isEmpty() ? List.of(0L) : problemIds)
                .query((rs, row) -> new InterventionCourse(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class), InterventionStatus.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class), rs.getString(12),
                        rs.getString(13), rs.getString(14), rs.getObject(15, OffsetDateTime.class)))
                .list();
    }

    /**
     * The interventions not followed up before a time: still going on, reported, or followed up since then;
     * the latest decided first.
     */
    public List<Intervention> notFollowedUpBefore(OffsetDateTime since) {
        return jdbc.sql(SELECT + " where status <> ? or followed_up_at >= ? order by id desc")
                .params(InterventionStatus.FOLLOWED_UP.name(), since)
                .query(InterventionRecords::intervention).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from samverkan.intervention").query(Long.class).single();
    }

    /** How many interventions stand at a status. */
    public long count(InterventionStatus status) {
        return jdbc.sql("select count(*) from samverkan.intervention where status = ?").param(status.name())
                .query(Long.class).single();
    }

    /** How many interventions are still going on though marked late by the margin (overdue). */
    public long countOverdue() {
        return jdbc.sql("select count(*) from samverkan.intervention where status = ? and overdue_at is not null")
                .param(InterventionStatus.ONGOING.name()).query(Long.class).single();
    }

    int reminded(String processInstanceId, OffsetDateTime at) {
        return jdbc.sql("update samverkan.intervention set reminded_at = ? where process_instance_id = ?")
                .params(at, processInstanceId).update();
    }

    int overdue(String processInstanceId, OffsetDateTime at) {
        return jdbc.sql("update samverkan.intervention set overdue_at = ? where process_instance_id = ?")
                .params(at, processInstanceId).update();
    }

    int reported(String processInstanceId, String result, String reportedBy, OffsetDateTime at) {
        return jdbc.sql("""
                        update samverkan.intervention set status = ?, result = ?, reported_by = ?, reported_at = ?
                        where process_instance_id = ?""")
                .params(InterventionStatus.REPORTED.name(), result, reportedBy, at, processInstanceId).update();
    }

    int followedUp(String processInstanceId, InterventionEffect effect, String comment, String followedUpBy,
                   OffsetDateTime at) {
        return jdbc.sql("""
                        update samverkan.intervention set status = ?, effect = ?, follow_up = ?,
                            followed_up_by = ?, followed_up_at = ?
                        where process_instance_id = ?""")
                .params(InterventionStatus.FOLLOWED_UP.name(), effect.name(), comment, followedUpBy, at,
                        processInstanceId)
                .update();
    }

    private static Intervention intervention(ResultSet rs, int row) throws SQLException {
        return new Intervention(rs.getLong("id"), rs.getString("title"), rs.getString("responsible_group"),
                rs.getObject("due_date", LocalDate.class), rs.getString("decided_by_body"),
                rs.getObject("problem_id", Long.class), rs.getObject("matter_id", Long.class),
                InterventionStatus.valueOf(rs.getString("status")));
    }

    /**
     * Retention: removes up to {@code max} interventions whose process's history is removed at {@code now}, except
     * those in {@code keep} (a matter raised about them stays); how many.
     */
    public int removeEnded(Instant now, int max, Set<Long> keep) {
        return EndedRows.delete(jdbc, "samverkan.intervention", "id",
                EndedRows.due(jdbc, "samverkan.intervention", now, max, keep));
    }

    /** The matters interventions were decided in. */
    public Set<Long> mattersReferred() {
        return EndedRows.referred(jdbc, "samverkan.intervention", "matter_id");
    }

    /** The problems interventions were decided for. */
    public Set<Long> problemsReferred() {
        return EndedRows.referred(jdbc, "samverkan.intervention", "problem_id");
    }
}
