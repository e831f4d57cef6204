package se.linkoping.samverkan.yearlyreport;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.cooperationagreement.CooperationAgreements;

/**
 * What the report reads of the cooperation agreement and the citizen promise's follow-ups (tables
 * {@code cooperation_agreement} and {@code promise_follow_up}): the only SQL of this package on them, to
 * be answered by their owner.
 */
@Repository
class YearlyAgreementRecords {

    /** An agreement's period; either end may be missing. */
    record Period(LocalDate start, LocalDate end) {
    }

    private final JdbcClient jdbc;

    YearlyAgreementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreements published before the year ended, not superseded before it began, whose period reaches into it. */
    List<YearlyReport.Agreement> inForce(YearSpan span, int max) {
        return jdbc.sql("""
                        select id, period_start, period_end, focus_problems, probable_causes, goals, documentation,
                            citizen_promise, decided_at, published_at, superseded_at
                        from samverkan.cooperation_agreement
                        where published_at is not null and published_at < ?
                          and (superseded_at is null or superseded_at >= ?)
                          and (period_end is null or period_end >= ?)
                          and (period_start is null or period_start < ?)
                        order by published_at, id fetch first %d rows only""".formatted(max))
                .params(span.end(), span.start(), span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new YearlyReport.Agreement(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), span.day(rs, 9), span.day(rs, 10), span.day(rs, 11)))
                .list();
    }

    /** The citizen promise's follow-ups in the year. */
    List<YearlyReport.PromiseFollowUp> promiseFollowUps(YearSpan span, int max) {
        return jdbc.sql("""
                        select followed_up_at, status, summary from samverkan.promise_follow_up
                        where followed_up_at >= ? and followed_up_at < ?
                        order by followed_up_at, id fetch first %d rows only""".formatted(max))
                .params(span.start(), span.end())
                .query((rs, row) -> new YearlyReport.PromiseFollowUp(span.day(rs, 1),
                        CooperationAgreements.FollowUpStatus.valueOf(rs.getString(2)).swedish(), rs.getString(3)))
                .list();
    }

    /** The periods of the agreements asked for (those a year's decisions were about: a handful). */
    Map<Long, Period> periods(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Period> periods = new HashMap<>();
        jdbc.sql("select id, period_start, period_end from samverkan.cooperation_agreement where id in (%s)"
                        .formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))))
                .params(List.copyOf(ids))
                .query(rs -> {
                    periods.put(rs.getLong(1), new Period(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class)));
                });
        return periods;
    }
}
