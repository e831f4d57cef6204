package se.linkoping.samverkan.yearlyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;
import se.linkoping.samverkan.system.Swedish;

/**
 * What the report reads of the year's decision records: the district plans the steering group approved
 * and returned (section 3), and every body's decisions with what they were about (section 5).
 */
@Repository
class YearlyDecisionRecords {

    private static final String DECISIONS = """
            select r.id, r.decided_at, r.body, r.subject_type, r.outcome, r.rationale, r.directive, r.decided_by,
                m.title, p.district_code, pp.district_code, pp.category_code, pp.place, s.week_label, ph.phase, r.subject_id
            from samverkan.decision_record r
            left join samverkan.matter m on r.subject_type = ? and m.id = r.subject_id
            left join samverkan.district_plan p on r.subject_type = ? and p.id = r.subject_id
            left join samverkan.picture_problem pp on r.subject_type = ? and pp.id = r.subject_id
            left join samverkan.situational_picture s on s.id = pp.picture_id
            left join samverkan.coordination_phase ph on r.subject_type = ? and ph.id = r.subject_id
            where r.decided_at >= ? and r.decided_at < ? and r.body %s ?
            order by r.decided_at, r.id fetch first %d rows only""";

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    YearlyDecisionRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    /** The district plans the steering group approved in the year, by district. */
    List<YearlyReport.DistrictPlan> approvedPlans(YearSpan span, int max) {
        NamesAt names = referenceNames.namesAt(); // as at the year's end
        return jdbc.sql("""
                        select p.id, p.district_code, p.goals, p.picture, p.action_plan, p.proposed_by, r.decided_at,
                            r.decided_by, r.rationale, r.directive
                        from samverkan.decision_record r
                        join samverkan.district_plan p on p.id = r.subject_id
                        join samverkan.district d on d.code = p.district_code
                        where r.subject_type = ? and r.outcome = ?
                          and r.decided_at >= ? and r.decided_at < ?
                        order by d.sort_order, r.decided_at, r.id fetch first %d rows only""".formatted(max))
                .params(Subject.DISTRICT_PLAN.name(), Outcome.APPROVED.name(), span.start(), span.end())
                .query((rs, row) -> new YearlyReport.DistrictPlan(rs.getLong(1),
                        names.district(rs.getString(2), span.lastInstant()), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), span.day(rs, 7), rs.getString(8),
                        rs.getString(9), rs.getString(10), null, null))
                .list();
    }

    long returnedPlans(YearSpan span) {
        return jdbc.sql("""
                        select count(*) from samverkan.decision_record
                        where subject_type = ? and outcome = ? and decided_at >= ? and decided_at < ?""")
                .params(Subject.DISTRICT_PLAN.name(), Outcome.RETURNED.name(), span.start(), span.end())
                .query(Long.class).single();
    }

    /** How many decisions each body made in the year, lowest level first. */
    List<YearlyReport.BodyCount> byBody(YearSpan span) {
        List<YearlyReport.BodyCount> byBody = new ArrayList<>();
        jdbc.sql("""
                        select body, count(*) from samverkan.decision_record
                        where decided_at >= ? and decided_at < ? group by body""")
                .params(span.start(), span.end())
                .query(rs -> {
                    byBody.add(new YearlyReport.BodyCount(rs.getString(1), Names.level(rs.getString(1)), rs.getLong(2)));
                });
        byBody.sort(Comparator.comparingInt(b -> Names.levelOrder(b.body())));
        return byBody;
    }

    /** The agreements the year's decisions were about. */
    List<Long> agreementsDecided(YearSpan span) {
        return jdbc.sql("""
                        select distinct subject_id from samverkan.decision_record
                        where subject_type = ? and decided_at >= ? and decided_at < ?""")
                .params(Subject.AGREEMENT.name(), span.start(), span.end())
                .query(Long.class).list();
    }

    /**
     * The year's decisions, EST's or the meetings', in the order they were taken.
     *
     * @param agreements the periods of the agreements decided on (see {@link #agreementsDecided})
     */
    List<YearlyReport.Decision> decisions(YearSpan span, boolean est, int max,
                                          Map<Long, YearlyAgreements.Period> agreements) {
        NamesAt names = referenceNames.namesAt(); // as at the year's end
        return jdbc.sql(DECISIONS.formatted(est ? "=" : "<>", max))
                .params(Subject.MATTER.name(), Subject.DISTRICT_PLAN.name(), Subject.PROBLEM.name(),
                        Subject.PHASE.name(), span.start(), span.end(), OrganisationGroup.EST.id())
                .query((rs, row) -> decision(rs, span, agreements, names))
                .list();
    }

    private static YearlyReport.Decision decision(ResultSet rs, YearSpan span,
                                                  Map<Long, YearlyAgreements.Period> agreements, NamesAt names)
            throws SQLException {
        Subject type = Subject.valueOf(rs.getString(4));
        String planDistrict = names.district(rs.getString(10), span.lastInstant());
        String problemDistrict = names.district(rs.getString(11), span.lastInstant());
        String problemCategory = names.category(rs.getString(12), span.lastInstant());
        long id = rs.getLong(16);
        String subject = switch (type) {
            case MATTER -> rs.getString(9) == null ? "ärende " + id : rs.getString(9);
            case DISTRICT_PLAN -> planDistrict == null ? "plan " + id : planDistrict;
            case PROBLEM -> problemDistrict == null ? "problem " + id
                    : problemDistrict + ", " + problemCategory + (rs.getString(13) == null ? "" : ", " + rs.getString(13))
                    + (rs.getString(14) == null ? "" : " (" + rs.getString(14) + ")");
            case AGREEMENT -> {
                YearlyAgreements.Period period = agreements.get(id);
                yield period == null || period.start() == null ? "överenskommelse " + id
                        : "perioden " + period.start() + "–" + period.end();
            }
            case PHASE -> (rs.getString(15) == null ? "ny fas" : rs.getString(15)) + " för "
                    + OrganisationGroup.COORDINATION_GROUP.shortName().toLowerCase(Swedish.LOCALE);
        };
        return new YearlyReport.Decision(rs.getLong(1), span.day(rs, 2), Names.level(rs.getString(3)),
                type.swedish(), subject, Outcome.valueOf(rs.getString(5)).swedish(), rs.getString(6), rs.getString(7),
                rs.getString(8), null, rs.getString(3), type.name(), rs.getString(5));
    }
}
