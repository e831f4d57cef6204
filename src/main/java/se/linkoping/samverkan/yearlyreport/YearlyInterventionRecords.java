package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the report reads of the interventions decided in the year (section 4). */
@Repository
class YearlyInterventionRecords {

    /** The most interventions read for the year's totals. */
    static final int CAP = 5000;

    /** What the totals need of an intervention. */
    record Decided(String group, LocalDate due, LocalDate reported, String effect) {

        boolean onTime() {
            return reported != null && !reported.isAfter(due);
        }

        boolean late() {
            return reported != null && reported.isAfter(due);
        }

        boolean ongoing() {
            return reported == null;
        }
    }

    /** An intervention as the report lists it, with stored codes. */
    record Listed(long id, String title, String group, String decidedBy, LocalDate decidedOn, LocalDate due,
                  LocalDate reported, String effect, String result, String followUp) {
    }

    private final JdbcClient jdbc;

    YearlyInterventionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Decided> decided(YearSpan span) {
        return jdbc.sql("""
                        select responsible_group, due_date, reported_at, effect from samverkan.intervention
                        where decided_at >= ? and decided_at < ? order by decided_at, id fetch first %d rows only"""
                        .formatted(CAP))
                .params(span.start(), span.end())
                .query((rs, row) -> new Decided(rs.getString(1), rs.getObject(2, LocalDate.class), span.day(rs, 3),
                        rs.getString(4)))
                .list();
    }

    List<Listed> listed(YearSpan span, int max) {
        return jdbc.sql("""
                        select id, title, responsible_group, decided_by_body, decided_at, due_date, reported_at, effect,
                            result, follow_up
                        from samverkan.intervention where decided_at >= ? and decided_at < ?
                        order by decided_at, id fetch first %d rows only""".formatted(max))
                .params(span.start(), span.end())
                .query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        span.day(rs, 5), rs.getObject(6, LocalDate.class), span.day(rs, 7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
    }
}
