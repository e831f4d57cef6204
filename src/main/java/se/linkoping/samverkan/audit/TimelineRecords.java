package se.linkoping.samverkan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.meeting.MeetingKind;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;

/**
 * What a matter's timeline reads: the matter, EST's pictures of its district and category and the problems it
 * rests on, its interventions and the meetings it was on. Every list is bounded by the matter, or capped.
 */
@Repository
class TimelineRecords {

    /** A matter as stored, with its district's and category's names when it was raised. */
    record Matter(long id, String title, String district, String category, String level, String status,
                  OffsetDateTime raisedAt, String raisedBy, String description, String origin, String districtCode,
                  String categoryCode, String processInstanceId, OffsetDateTime closedAt,
                  OffsetDateTime convenerAlertedAt, String convenerAction, String convener, Long interventionId,
                  Long problemId, Long meetingId, boolean acute, String convenerRole) {
    }

    /** A problem of a week's picture, with EST's analysis of it and the week's summary. */
    record Problem(long id, LocalDate weekStart, String week, OffsetDateTime compiledAt, String district,
                   String category, String place, int reports, String trend, int consecutive, Integer priority,
                   String level, Integer weeksPersisting, String placeType, Integer departments, Boolean needsResources,
                   Boolean needsPolicyDecision, String knowledge, String analysedBy, OffsetDateTime analysedAt,
                   long pictureId, String summary, String summaryBy, OffsetDateTime summaryAt) {
    }

    /** An intervention the matter led to, or the one it was raised about. */
    record Intervention(long id, String title, String group, LocalDate due, String decidedByBody, String decidedBy,
                        OffsetDateTime decidedAt, String reportedBy, OffsetDateTime reportedAt, String result,
                        String effect, String followedUpBy, OffsetDateTime followedUpAt, String followUp,
                        Long problemId, String processInstanceId) {
    }

    /** A meeting a matter was on, with what was written on its agenda. */
    record Meeting(long id, String body, boolean extra, OffsetDateTime calledAt, OffsetDateTime agendaCompiledAt,
                   String agendaNotes, String agendaPreparedBy, OffsetDateTime agendaPreparedAt,
                   OffsetDateTime heldAt) {
    }

    private static final String PROBLEM = """
            select p.id, s.week_start, s.week_label, s.compiled_at, p.district_code, p.category_code, p.place,
                p.reports_this_week,
                p.trend, p.consecutive_weeks, p.priority, p.escalation_level, p.weeks_persisting, p.place_type,
                p.departments_involved, p.needs_resources, p.needs_policy_decision, p.police_knowledge, p.analysed_by,
                p.analysed_at, s.id, s.summary, s.analysed_by, s.analysed_at
            from samverkan.picture_problem p
            join samverkan.situational_picture s on s.id = p.picture_id
            """;

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    TimelineRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    /** The matter, with the names its district and category had when it was raised. */
    Optional<Matter> matter(long id) {
        NamesAt names = referenceNames.namesAt();
        return jdbc.sql("""
                        select m.id, m.title, m.district_code, m.category_code, m.level, m.status, m.raised_at, m.raised_by, m.description,
                            m.origin, m.district_code, m.category_code, m.process_instance_id, m.closed_at,
                            m.convener_alerted_at, m.convener_action, m.convener, m.intervention_id, m.problem_id,
                            m.meeting_id, m.acute, m.convener_role
                        from samverkan.matter m where m.id = ?""")
                .param(id)
                .query((rs, row) -> new Matter(rs.getLong(1), rs.getString(2),
                        names.district(rs.getString(3), rs.getObject(7, OffsetDateTime.class)),
                        names.category(rs.getString(4), rs.getObject(7, OffsetDateTime.class)), rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class),
                        rs.getString(16), rs.getString(17), rs.getObject(18, Long.class), rs.getObject(19, Long.class),
                        rs.getObject(20, Long.class), rs.getBoolean(21), rs.getString(22)))
                .optional();
    }

    /**
     * The confirmed problems of a district and category in the pictures compiled by {@code until}, the newest
     * week first, at most {@code max}.
     */
    List<Problem> confirmedInArea(String district, String category, OffsetDateTime until, int max) {
        return jdbc.sql(PROBLEM + """
                        where p.district_code = ? and p.category_code = ? and p.status = ? and s.compiled_at <= ?
                        order by s.week_start desc, p.id fetch first %d rows only""".formatted(max))
                .params(district, category, ProblemStatus.CONFIRMED.name(), until)
                .query(problems()).list();
    }

    /** Problems by their ids. */
    List<Problem> problems(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PROBLEM + " where p.id in (" + placeholders(ids.size()) + ")")
                .params(new ArrayList<Object>(ids)).query(problems()).list();
    }

    /** The Monday of the latest week whose picture was compiled by a time. */
    Optional<LocalDate> latestPictureWeek(OffsetDateTime at) {
        List<LocalDate> latest = jdbc.sql("""
                        select week_start from samverkan.situational_picture where compiled_at <= ?
                        order by week_start desc fetch first 1 rows only""")
                .param(at).query(LocalDate.class).list();
        return latest.stream().findFirst();
    }

    /** The interventions the matter led to, and the one it was raised about, in the order they were decided. */
    List<Intervention> interventions(Matter matter) {
        return jdbc.sql("""
                        select id, title, responsible_group, due_date, decided_by_body, decided_by, decided_at,
                            reported_by, reported_at, result, effect, followed_up_by, followed_up_at, follow_up,
                            problem_id, process_instance_id
                        from samverkan.intervention where matter_id = ? or id = ? order by decided_at, id""")
                .params(matter.id(), matter.interventionId())
                .query((rs, row) -> new Intervention(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class),
                        rs.getString(14), rs.getObject(15, Long.class), rs.getString(16)))
                .list();
    }

    /** Meetings by their ids, in the order they were called. */
    List<Meeting> meetings(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, body, kind, called_at, agenda_compiled_at, agenda_notes, agenda_prepared_by,
                            agenda_prepared_at, held_at
                        from samverkan.meeting where id in (%s) order by called_at, id""".formatted(placeholders(ids.size())))
                .params(new ArrayList<Object>(ids))
                .query((rs, row) -> new Meeting(rs.getLong(1), rs.getString(2),
                        MeetingKind.EXTRA.name().equals(rs.getString(3)), rs.getObject(4, OffsetDateTime.class),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class), rs.getObject(9, OffsetDateTime.class)))
                .list();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** Problems with the names their district and category had when their picture was compiled. */
    private RowMapper<Problem> problems() {
        NamesAt names = referenceNames.namesAt();
        return (rs, row) -> problem(rs, names);
    }

    private static Problem problem(ResultSet rs, NamesAt names) throws SQLException {
        OffsetDateTime compiledAt = rs.getObject(4, OffsetDateTime.class);
        return new Problem(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), compiledAt,
                names.district(rs.getString(5), compiledAt), names.category(rs.getString(6), compiledAt),
                rs.getString(7), rs.getInt(8),
                rs.getString(9), rs.getInt(10), rs.getObject(11, Integer.class), rs.getString(12),
                rs.getObject(13, Integer.class), rs.getString(14), rs.getObject(15, Integer.class),
                rs.getObject(16, Boolean.class), rs.getObject(17, Boolean.class), rs.getString(18), rs.getString(19),
                rs.getObject(20, OffsetDateTime.class), rs.getLong(21), rs.getString(22), rs.getString(23),
                rs.getObject(24, OffsetDateTime.class));
    }
}
