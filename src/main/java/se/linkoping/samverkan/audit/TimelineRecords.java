package se.linkoping.samverkan.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.meeting.MeetingKind;

/**
 * What a matter's timeline reads: the matter, EST's pictures of its district and category, its
 * interventions and the meetings that decided on it. Every list is bounded by the matter, or capped.
 */
@Repository
class TimelineRecords {

    /** A matter as stored, with its district's and category's names. */
    record Matter(long id, String title, String district, String category, String level, String status,
                  OffsetDateTime raisedAt, String raisedBy, String description, String origin, String districtCode,
                  String categoryCode, String processInstanceId, OffsetDateTime closedAt,
                  OffsetDateTime convenerAlertedAt, String convenerAction, String convener, Long interventionId,
                  String convenerRole) {
    }

    /** A confirmed problem of one week's picture, with EST's analysis of that week. */
    record Problem(long id, String week, OffsetDateTime compiledAt, int reports, String trend, int consecutive,
                   Integer priority, String level, String summary, String analysedBy, OffsetDateTime analysedAt) {
    }

    /** An intervention the matter led to, or the one it was raised about. */
    record Intervention(String title, String group, LocalDate due, String decidedByBody, String decidedBy,
                        OffsetDateTime decidedAt, String reportedBy, OffsetDateTime reportedAt, String result,
                        String effect, String followedUpBy, OffsetDateTime followedUpAt, String followUp) {
    }

    /** A meeting as a decision names it. */
    record Meeting(String body, boolean extra, OffsetDateTime calledAt) {
    }

    private final JdbcClient jdbc;

    TimelineRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Matter> matter(long id) {
        return jdbc.sql("""
                        select m.id, m.title, d.name, c.name, m.level, m.status, m.raised_at, m.raised_by, m.description,
                            m.origin, m.district_code, m.category_code, m.process_instance_id, m.closed_at,
                            m.convener_alerted_at, m.convener_action, m.convener, m.intervention_id, m.convener_role
                        from samverkan.matter m
                        left join samverkan.district d on d.code = m.district_code
                        left join samverkan.incident_category c on c.code = m.category_code
                        where m.id = ?""")
                .param(id)
                .query((rs, row) -> new Matter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class),
                        rs.getString(16), rs.getString(17), rs.getObject(18, Long.class), rs.getString(19)))
                .optional();
    }

    /**
     * The confirmed problems of a district and category in the pictures of the weeks from {@code since},
     * compiled by {@code until}.
     */
    List<Problem> problems(String district, String category, LocalDate since, OffsetDateTime until, int max) {
        return jdbc.sql("""
                        select p.id, s.week_label, s.compiled_at, p.reports_this_week, p.trend,
                            p.consecutive_weeks, p.priority, p.escalation_level, s.summary, s.analysed_by, s.analysed_at
                        from samverkan.picture_problem p join samverkan.situational_picture s on s.id = p.picture_id
                        where p.district_code = ? and p.category_code = ? and p.status = ?
                          and s.week_start >= ? and s.compiled_at <= ?
                        order by s.week_start fetch first %d rows only""".formatted(max))
                .params(district, category, ProblemStatus.CONFIRMED.name(), since, until)
                .query((rs, row) -> new Problem(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
    }

    /** The interventions the matter led to, and the one it was raised about, in the order they were decided. */
    List<Intervention> interventions(Matter matter) {
        return jdbc.sql("""
                        select title, responsible_group, due_date, decided_by_body, decided_by, decided_at,
                            reported_by, reported_at, result, effect, followed_up_by, followed_up_at, follow_up
                        from samverkan.intervention where matter_id = ? or id = ? order by decided_at, id""")
                .params(matter.id(), matter.interventionId())
                .query((rs, row) -> new Intervention(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class), rs.getString(13)))
                .list();
    }

    /** The processes of those interventions. */
    List<String> interventionProcesses(Matter matter) {
        return jdbc.sql("""
                        select process_instance_id from samverkan.intervention
                        where (matter_id = ? or id = ?) and process_instance_id is not null""")
                .params(matter.id(), matter.interventionId()).query(String.class).list();
    }

    Optional<Meeting> meeting(long id) {
        return jdbc.sql("select body, kind, called_at from samverkan.meeting where id = ?").param(id)
                .query((rs, row) -> new Meeting(rs.getString(1), MeetingKind.EXTRA.name().equals(rs.getString(2)),
                        rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }
}
