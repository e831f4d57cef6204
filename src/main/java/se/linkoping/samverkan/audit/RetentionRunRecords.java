package se.linkoping.samverkan.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The retention's runs as auditors read them (table {@code retention_run}, written by the retention), newest first. */
@Repository
class RetentionRunRecords {

    private final JdbcClient jdbc;

    RetentionRunRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest runs, a page at a time. */
    List<RemovalRun> latest(int page, int size) {
        return jdbc.sql("""
                        select ran_at, rule, process_instances, incident_reports, pictures, matters, interventions,
                            meetings, decisions, events, agreements
                        from samverkan.retention_run order by ran_at desc, id desc offset ? rows fetch next ? rows only""")
                .params((long) Math.max(0, page) * size, size)
                .query((rs, row) -> new RemovalRun(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                        rs.getInt(11)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from samverkan.retention_run").query(Long.class).single();
    }

    /** One run: when, by which rule, and how many of each kind went. */
    record RemovalRun(OffsetDateTime ranAt, String rule, int processInstances, int incidentReports, int pictures,
                      int matters, int interventions, int meetings, int decisions, int events, int agreements) {
    }
}
