package se.linkoping.samverkan.monitoring;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures behind the metrics, read at once: one query of grouped counts over Samverkan's and Camunda's tables
 * (Camunda's in the database's default schema, as the engine keeps them), and the last EST cycle.
 */
@Repository
public class MonitoringRecords {

    /** One count of a figure, under a label (a channel, a group, a state …). */
    public record Count(String figure, String label, long amount) {
    }

    static final String REPORTS_RECEIVED = "reports-received";
    static final String INTERVENTIONS_OVERDUE = "interventions-overdue";
    static final String TASKS_OPEN = "tasks-open";
    static final String INCIDENTS_OPEN = "incidents-open";
    static final String JOBS_WITHOUT_RETRIES = "jobs-without-retries";
    static final String PROCESS_INSTANCES = "process-instances";
    static final String ENGINE_METRIC = "engine-metric";

    private final JdbcClient jdbc;

    public MonitoringRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every grouped count: reports by channel, ongoing interventions past their due date by responsible group,
     * open tasks by candidate group, open incidents by type, jobs without retries, process instances in history by
     * state, and the engine's metrics as reported to its meter log (each node every 15 minutes).
     *
     * @param today interventions due before this day are overdue
     */
    public List<Count> counts(LocalDate today) {
        return jdbc.sql("""
                        select 'reports-received' as figure, cast(channel as varchar(255)) as label, count(*) as amount
                          from samverkan.incident_report group by channel
                        union all
                        select 'interventions-overdue', cast(responsible_group as varchar(255)), count(*)
                          from samverkan.intervention where status = 'ONGOING' and due_date < ? group by responsible_group
                        union all
                        select 'tasks-open', cast(l.GROUP_ID_ as varchar(255)), count(distinct t.ID_)
                          from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
                         where l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null group by l.GROUP_ID_
                        union all
                        select 'incidents-open', cast(INCIDENT_TYPE_ as varchar(255)), count(*)
                          from ACT_RU_INCIDENT group by INCIDENT_TYPE_
                        union all
                        select 'jobs-without-retries', cast('all' as varchar(255)), count(*)
                          from ACT_RU_JOB where RETRIES_ = 0
                        union all
                        select 'process-instances', cast(STATE_ as varchar(255)), count(*)
                          from ACT_HI_PROCINST group by STATE_
                        union all
                        select 'engine-metric', cast(NAME_ as varchar(255)), coalesce(sum(VALUE_), 0)
                          from ACT_RU_METER_LOG group by NAME_""")
                .param(today)
                .query((row, number) -> new Count(row.getString(1), row.getString(2), row.getLong(3)))
                .list();
    }

    /** When EST's weekly situational picture was last compiled, if ever. */
    public Optional<OffsetDateTime> lastEstCycle() {
        return jdbc.sql("select max(compiled_at) from samverkan.situational_picture")
                .query((row, number) -> row.getObject(1, OffsetDateTime.class)).list().stream()
                .filter(Objects::nonNull).findFirst();
    }
}
