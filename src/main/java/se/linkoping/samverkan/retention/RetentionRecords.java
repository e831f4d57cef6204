package se.linkoping.samverkan.retention;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of the retention's runs (table {@code retention_run}), which auditors read. */
@Repository
class RetentionRecords {

    private final JdbcClient jdbc;

    RetentionRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant ranAt, String rule, RetentionRun run) {
        jdbc.sql("""
                        insert into samverkan.retention_run (ran_at, rule, process_instances, incident_reports, pictures,
                            matters, interventions, meetings, decisions, events, agreements)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ranAt.atOffset(ZoneOffset.UTC), rule, run.processInstances(), run.incidentReports(),
                        run.pictures(), run.matters(), run.interventions(), run.meetings(), run.decisions(), run.events(),
                        run.agreements())
                .update();
    }

    /** The process instances whose history Camunda's cleanup removes at {@code now} (ended, removal time come). */
    int processInstancesDue(Instant now) {
        return jdbc.sql("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= ?")
                .param(java.sql.Timestamp.from(now)).query(Integer.class).single();
    }
}
