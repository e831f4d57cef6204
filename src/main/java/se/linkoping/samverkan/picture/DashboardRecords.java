package se.linkoping.samverkan.picture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.Week;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceKind;
import se.linkoping.samverkan.referencedata.ReferenceNames;

/**
 * What the dashboard reads: reports counted per week, district and category, the compiled pictures'
 * problems, and one cell's reports, page by page. Portable SQL (H2 and PostgreSQL); every query is
 * bounded by a range of at most {@value WeekRange#MAX_WEEKS} weeks (plus the four before for the trend)
 * or by a page.
 */
@Repository
class DashboardRecords {

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    DashboardRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    List<Area> districts() {
        return jdbc.sql("select code, name, active from samverkan.district order by sort_order, name")
                .query(Area.class).list();
    }

    List<Area> categories() {
        return jdbc.sql("select code, name, active from samverkan.incident_category order by sort_order, name")
                .query(Area.class).list();
    }

    /**
     * Reports per week, district and category, counted in the database: a week is Monday 00:00 to Monday 00:00
     * in Linköping's time zone, so its bounds come from Java (a week across a change to or from summer time
     * is an hour shorter or longer) and the database puts each report in the last week whose start it is not
     * before. One row per week, district and category with reports.
     */
    List<WeekCount> counts(List<Week> weeks, String district, String category) {
        StringBuilder weekOf = new StringBuilder("case");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            weekOf.append(" when occurred_at < ? then ").append(i);
            params.add(utc(weeks.get(i).end()));
        }
        weekOf.append(" end");
        params.add(utc(weeks.get(0).start()));
        params.add(utc(weeks.get(weeks.size() - 1).end()));
        String where = "occurred_at >= ? and occurred_at < ?" + filter(district, category, params, "");
        return jdbc.sql("select week_index, district_code, category_code, count(*) from (select " + weekOf
                        + " as week_index, district_code, category_code from samverkan.incident_report where " + where
                        + ") r group by week_index, district_code, category_code")
                .params(params)
                .query((rs, row) -> new WeekCount(weeks.get(rs.getInt(1)).monday(), rs.getString(2), rs.getString(3),
                        rs.getInt(4)))
                .list();
    }

    /** The weeks, from {@code first} to {@code last}, whose picture EST's cycle compiled. */
    Set<LocalDate> compiledWeeks(LocalDate first, LocalDate last) {
        return jdbc.sql("select week_start from samverkan.situational_picture where week_start >= ? and week_start <= ?")
                .params(first, last).query(LocalDate.class).list().stream().collect(Collectors.toSet());
    }

    /** The compiled pictures' problems of whole districts and categories, with the number of hot spots in each. */
    List<CompiledProblem> problems(LocalDate first, LocalDate last, String district, String category) {
        List<Object> params = new ArrayList<>(List.of(first, last));
        String where = "s.week_start >= ? and s.week_start <= ? and p.place is null"
                + filter(district, category, params, "p.");
        return jdbc.sql("""
                        select s.week_start, p.district_code, p.category_code, p.reports_this_week, p.trend,
                               p.consecutive_weeks, p.status, p.priority, p.escalation_level,
                               (select count(*) from samverkan.picture_problem h
                                where h.picture_id = p.picture_id and h.district_code = p.district_code
                                  and h.category_code = p.category_code and h.place is not null) as hot_spots
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        where\s""" + where)
                .params(params)
                .query((rs, row) -> new CompiledProblem(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getInt(4), Trend.valueOf(rs.getString(5)), rs.getInt(6),
                        ProblemStatus.valueOf(rs.getString(7)), rs.getObject(8, Integer.class), rs.getString(9),
                        rs.getInt(10)))
                .list();
    }

    long reportCount(Week week, String district, String category) {
        List<Object> params = new ArrayList<>(List.of(utc(week.start()), utc(week.end())));
        String where = "r.occurred_at >= ? and r.occurred_at < ?" + filter(district, category, params, "r.");
        return jdbc.sql("select count(*) from samverkan.incident_report r where " + where).params(params)
                .query(Long.class).single();
    }

    /**
     * A page of a week's reports of a district and/or category, in the order they occurred, each with the names its
     * district, category and source had when it occurred (a later rename changes none of them).
     *
     * @param descriptions whether the description is read at all: for viewers who may not read it, it never
     *                     leaves the database
     */
    List<ReportRow> reports(Week week, String district, String category, boolean descriptions, int page, int size) {
        List<Object> params = new ArrayList<>(List.of(utc(week.start()), utc(week.end())));
        String where = "r.occurred_at >= ? and r.occurred_at < ?" + filter(district, category, params, "r.");
        params.add((long) page * size);
        params.add(size);
        NamesAt names = referenceNames.namesAt();
        return jdbc.sql("select r.id, r.occurred_at, r.district_code, r.place, r.category_code, r.source_code, "
                        + (descriptions ? "r.description" : "cast(null as varchar(4000))")
                        + " from samverkan.incident_report r"
                        + " where " + where + " order by r.occurred_at, r.id offset ? rows fetch next ? rows only")
                .params(params)
                .query((rs, row) -> {
                    OffsetDateTime occurredAt = rs.getObject(2, OffsetDateTime.class);
                    return new ReportRow(rs.getLong(1), occurredAt, names.district(rs.getString(3), occurredAt),
                            rs.getString(4), names.category(rs.getString(5), occurredAt),
                            names.source(rs.getString(6), occurredAt), rs.getString(7));
                })
                .list();
    }

    /** A district or category with the name it had at the end of a week: the heading of that week's reports. */
    Area namedIn(Area area, ReferenceKind kind, Week week) {
        return area == null ? null : new Area(area.code(),
                referenceNames.namesAt().name(kind, area.code(), week.end().minusNanos(1)), area.active());
    }

    private static String filter(String district, String category, List<Object> params, String alias) {
        StringBuilder and = new StringBuilder();
        if (district != null) {
            and.append(" and ").append(alias).append("district_code = ?");
            params.add(district);
        }
        if (category != null) {
            and.append(" and ").append(alias).append("category_code = ?");
            params.add(category);
        }
        return and.toString();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
