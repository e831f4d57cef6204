package se.linkoping.samverkan.yearlyreport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;

/** What the report reads of the year's matters and the decisions on them (section 2). */
@Repository
class YearlyMatterRecords {

    /** The most matters read for the year's totals. */
    static final int CAP = 5000;

    /** A matter raised in the year: where it was raised (its first decision's body, or where it waits), its level now. */
    record Raised(String at, String level, String status) {
    }

    /** The matters that reached the steering group or the political steering group. */
    private static final String ABOVE = """
            from samverkan.matter m
            where m.raised_at >= ? and m.raised_at < ? and m.level in (?, ?)
            """;

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    YearlyMatterRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    List<Raised> raised(YearSpan span) {
        return jdbc.sql("""
                        select coalesce((select r.body from samverkan.decision_record r
                                         where r.subject_type = ? and r.subject_id = m.id
                                         order by r.id fetch first 1 rows only), m.level),
                            m.level, m.status
                        from samverkan.matter m where m.raised_at >= ? and m.raised_at < ?
                        fetch first %d rows only""".formatted(CAP))
                .params(DecisionRecords.Subject.MATTER.name(), span.start(), span.end())
                .query((rs, row) -> new Raised(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The year's decisions on matters per body and outcome code. */
    Map<String, Map<String, Long>> decidedByBody(YearSpan span) {
        Map<String, Map<String, Long>> decided = new LinkedHashMap<>();
        jdbc.sql("""
                        select body, outcome, count(*) from samverkan.decision_record
                        where subject_type = ? and decided_at >= ? and decided_at < ?
                        group by body, outcome""")
                .params(DecisionRecords.Subject.MATTER.name(), span.start(), span.end())
                .query(rs -> {
                    decided.computeIfAbsent(rs.getString(1), b -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return decided;
    }

    List<YearlyReport.MatterRow> above(YearSpan span, int max) {
        NamesAt names = referenceNames.namesAt(); // as at the year's end
        return jdbc.sql("select m.id, m.title, m.district_code, m.category_code, m.level, m.status, m.raised_at, m.acute " + ABOVE
                        + " order by m.raised_at, m.id fetch first %d rows only".formatted(max))
                .params(aboveParams(span))
                .query((rs, row) -> new YearlyReport.MatterRow(rs.getLong(1), rs.getString(2),
                        names.district(rs.getString(3), span.lastInstant()),
                        names.category(rs.getString(4), span.lastInstant()), Names.level(rs.getString(5)), Matters.statusName(rs.getString(6)),
                        span.day(rs, 7), rs.getBoolean(8)))
                .list();
    }

    long aboveTotal(YearSpan span) {
        return jdbc.sql("select count(*) " + ABOVE).params(aboveParams(span)).query(Long.class).single();
    }

    private static List<Object> aboveParams(YearSpan span) {
        return List.of(span.start(), span.end(), MeetingBody.STEERING_GROUP.id(),
                MeetingBody.POLITICAL_STEERING_GROUP.id());
    }
}
