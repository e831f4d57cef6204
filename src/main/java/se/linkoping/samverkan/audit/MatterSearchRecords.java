package se.linkoping.samverkan.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.referencedata.NamesAt;
import se.linkoping.samverkan.referencedata.ReferenceNames;

/** The auditors' search of matters: a page of the matters that meet every criterion given, latest first. */
@Repository
class MatterSearchRecords {

    /** The latest decision's outcome on the matter {@code m}; binds the subject type. */
    private static final String LATEST_OUTCOME = """
            (select r.outcome from samverkan.decision_record r
             where r.subject_type = ? and r.subject_id = m.id
             order by r.id desc fetch first 1 rows only)""";

    /** A search with its bounds in time: raised at or after {@code from}, before {@code until}; null for none. */
    record Criteria(String district, String category, String level, OffsetDateTime from, OffsetDateTime until,
                    String outcome) {
    }

    private final JdbcClient jdbc;
    private final ReferenceNames referenceNames;

    MatterSearchRecords(JdbcClient jdbc, ReferenceNames referenceNames) {
        this.jdbc = jdbc;
        this.referenceNames = referenceNames;
    }

    AuditTrail.ResultPage<AuditTrail.MatterRow> search(Criteria criteria, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(criteria, params);
        long total = jdbc.sql("select count(*) from samverkan.matter m" + where).params(params).query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>();
        paged.add(DecisionRecords.Subject.MATTER.name());
        paged.addAll(params);
        paged.add((long) page * size);
        paged.add(size);
        String select = "select m.id, m.title, m.district_code, m.category_code, m.level, m.status, m.raised_at, "
                + "m.raised_by, " + LATEST_OUTCOME + " from samverkan.matter m"
                + where + " order by m.raised_at desc, m.id desc offset ? rows fetch next ? rows only";
        NamesAt names = referenceNames.namesAt(); // as they were when each matter was raised
        List<AuditTrail.MatterRow> items = jdbc.sql(select)
                .params(paged)
                .query((rs, row) -> {
                    OffsetDateTime raisedAt = rs.getObject(7, OffsetDateTime.class);
                    return new AuditTrail.MatterRow(rs.getLong(1), rs.getString(2),
                            names.district(rs.getString(3), raisedAt), names.category(rs.getString(4), raisedAt),
                            Names.level(rs.getString(5)), Matters.statusName(rs.getString(6)), raisedAt,
                            rs.getString(8), Names.outcome(rs.getString(9)), rs.getString(5), rs.getString(6), null);
                })
                .list();
        return new AuditTrail.ResultPage<>(items, page, size, total);
    }

    private static String where(Criteria criteria, List<Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (present(criteria.district())) {
            where.append(" and m.district_code = ?");
            params.add(criteria.district());
        }
        if (present(criteria.category())) {
            where.append(" and m.category_code = ?");
            params.add(criteria.category());
        }
        if (present(criteria.level())) {
            where.append(" and m.level = ?");
            params.add(criteria.level());
        }
        if (criteria.from() != null) {
            where.append(" and m.raised_at >= ?");
            params.add(criteria.from());
        }
        if (criteria.until() != null) {
            where.append(" and m.raised_at < ?");
            params.add(criteria.until());
        }
        if (present(criteria.outcome())) {
            where.append(" and ").append(LATEST_OUTCOME).append(" = ?");
            params.add(DecisionRecords.Subject.MATTER.name());
            params.add(criteria.outcome());
        }
        return where.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
