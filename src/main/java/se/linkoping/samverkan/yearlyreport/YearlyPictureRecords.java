package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceKind;
import se.linkoping.samverkan.referencedata.ReferenceNames;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the report reads of the year's incident reports and EST's weekly pictures (sections 1 and 2):
 * reports per category and district, the weeks, the most prioritised problems and EST's summaries.
 */
@Repository
class YearlyPictureRecords {

    /** The most weeks read: a year has 53 at most. */
    static final int MAX_WEEKS = 60;

    /** One week of EST's picture as stored; the change from the week before is the report's to tell. */
    record Week(LocalDate start, String label, boolean analysed, long reports, long rising, long falling,
                long prioritised, Integer top) {
    }

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    YearlyPictureRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    List<YearlyReport.Count> byCategory(YearSpan span) {
        return counts(span, "samverkan.incident_category", "category_code", ReferenceKind.CATEGORY);
    }

    List<YearlyReport.Count> byDistrict(YearSpan span) {
        return counts(span, "samverkan.district", "district_code", ReferenceKind.DISTRICT);
    }

    /** Reports per category or district (one row per code: bounded by the reference data), named at the year's end. */
    private List<YearlyReport.Count> counts(YearSpan span, String table, String column, ReferenceKind kind) {
        NamesAt names = referenceNames.namesAt();
        return jdbc.sql("""
                        select x.code,
                            sum(case when r.occurred_at >= ? then 1 else 0 end) as this_year,
                            sum(case when r.occurred_at < ? then 1 else 0 end) as previous_year
                        from samverkan.incident_report r join %s x on x.code = r.%s
                        where r.occurred_at >= ? and r.occurred_at < ?
                        group by x.code, x.sort_order
                        order by this_year desc, x.sort_order""".formatted(table, column))
                .params(span.start(), span.start(), span.previousStart(), span.end())
                .query((rs, row) -> new YearlyReport.Count(rs.getString(1),
                        names.name(kind, rs.getString(1), span.lastInstant()), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /** The weeks of EST's picture that start in the year, oldest first. */
    List<Week> weeks(YearSpan span) {
        return jdbc.sql("""
                        select s.week_start, s.week_label, case when s.analysed_at is null then 0 else 1 end,
                            coalesce(sum(case when p.place is null then p.reports_this_week else 0 end), 0),
                            sum(case when p.place is null and p.trend = ? then 1 else 0 end),
                            sum(case when p.place is null and p.trend = ? then 1 else 0 end),
                            sum(case when p.status = ? and p.priority <= 2 then 1 else 0 end),
                            min(case when p.status = ? then p.priority end)
                        from samverkan.situational_picture s
                        left join samverkan.picture_problem p on p.picture_id = s.id
                        where s.week_start >= ? and s.week_start < ?
                        group by s.id, s.week_start, s.week_label, s.analysed_at
                        order by s.week_start fetch first %d rows only""".formatted(MAX_WEEKS))
                .params(Trend.RISING.name(), Trend.FALLING.name(), ProblemStatus.CONFIRMED.name(),
                        ProblemStatus.CONFIRMED.name(), span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new Week(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3) == 1,
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, Integer.class)))
                .list();
    }

    /** The problems EST confirmed and prioritised highest in the year, and for how many weeks. */
    List<YearlyReport.PrioritisedProblem> prioritised(YearSpan span, int max) {
        NamesAt names = referenceNames.namesAt();
        return jdbc.sql("""
                        select p.district_code, p.category_code, p.place, min(p.priority) as best, count(*) as weeks,
                            sum(p.reports_this_week) as reports, max(p.consecutive_weeks)
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        join samverkan.district d on d.code = p.district_code
                        join samverkan.incident_category c on c.code = p.category_code
                        where s.week_start >= ? and s.week_start < ? and p.status = ?
                          and p.priority is not null
                        group by p.district_code, p.category_code, p.place, d.sort_order, c.sort_order
                        order by best, weeks desc, reports desc, d.sort_order, c.sort_order
                        fetch first %d rows only""".formatted(max))
                .params(span.firstDay(), span.nextFirstDay(), ProblemStatus.CONFIRMED.name())
                .query((rs, row) -> new YearlyReport.PrioritisedProblem(
                        names.district(rs.getString(1), span.lastInstant()),
                        names.category(rs.getString(2), span.lastInstant()), rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getInt(7),
                        Swedish.priority(rs.getInt(4))))
                .list();
    }

    /** EST's summaries of the year's weeks, latest first; acute when a problem of priority 1 was confirmed. */
    List<YearlyReport.Summary> summaries(YearSpan span) {
        return jdbc.sql("""
                        select s.week_start, s.week_label, s.summary, s.analysed_by, s.analysed_at,
                            (select min(p.priority) from samverkan.picture_problem p
                             where p.picture_id = s.id and p.status = ?)
                        from samverkan.situational_picture s
                        where s.week_start >= ? and s.week_start < ? and s.summary is not null
                        order by s.week_start desc fetch first %d rows only""".formatted(MAX_WEEKS))
                .params(ProblemStatus.CONFIRMED.name(), span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new YearlyReport.Summary(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), span.day(rs, 5),
                        Integer.valueOf(1).equals(rs.getObject(6, Integer.class)), null))
                .list();
    }
}
