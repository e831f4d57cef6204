package se.linkoping.samverkan.incidentreport;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.system.EndedRows;

/** The stored incident reports (table {@code samverkan.incident_report}). */
@Repository
public class IncidentReports {

    private static final String COLUMNS = """
            id, district_code, place, category_code, occurred_at, description, source_code,
            external_reference, channel, reported_by, received_at, process_instance_id,
            assessment, immediate_action, assessed_by, assessed_at""";

    private final JdbcClient jdbc;

    public IncidentReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ValidIncidentReport report, Channel channel, String reportedBy, OffsetDateTime receivedAt,
                String processInstanceId) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.incident_report (district_code, place, category_code, occurred_at,
                            description, source_code, external_reference, channel, reported_by, received_at,
                            process_instance_id)
                        values (:district, :place, :category, :occurredAt, :description, :source, :externalReference,
                            :channel, :reportedBy, :receivedAt, :processInstanceId)""")
                .param("district", report.districtCode())
                .param("place", report.place())
                .param("category", report.category().code())
                .param("occurredAt", report.occurredAt())
                .param("description", report.description())
                .param("source", report.sourceCode())
                .param("externalReference", report.externalReference())
                .param("channel", channel.name())
                .param("reportedBy", reportedBy)
                .param("receivedAt", receivedAt)
                .param("processInstanceId", processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** @return whether the process instance has a report that was not assessed before */
    boolean recordAssessment(String processInstanceId, String assessment, boolean immediateAction, String assessedBy,
                             OffsetDateTime assessedAt) {
        return jdbc.sql("""
                        update samverkan.incident_report
                        set assessment = ?, immediate_action = ?, assessed_by = ?, assessed_at = ?
                        where process_instance_id = ? and assessed_at is null""")
                .params(assessment, immediateAction, assessedBy, assessedAt, processInstanceId)
                .update() == 1;
    }

    public Optional<StoredIncidentReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from samverkan.incident_report where id = ?")
                .param(id).query(StoredIncidentReport.class).optional();
    }

    /** A report that one account sent under its own reference. */
    public Optional<StoredIncidentReport> findByExternalReference(String reportedBy, String externalReference) {
        return jdbc.sql("select " + COLUMNS + " from samverkan.incident_report "
                        + "where reported_by = ? and external_reference = ?")
                .params(reportedBy, externalReference).query(StoredIncidentReport.class).optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from samverkan.incident_report").query(Long.class).single();
    }

    /** How many reports a district, category and place (as typed) had in one week: 0 the latest week, 1 the one before... */
    public record WeekCount(String district, String category, String place, int weeksBack, int reports) {
    }

    /**
     * The reports counted per district, category, place (as typed) and week, in one grouped query: the weeks
     * start at {@code weekStarts} (the latest first, each a week before the previous) and the latest ends at
     * {@code until}. Only the rows of those weeks are read, however much older history there is.
     */
    public List<WeekCount> countedPerWeek(List<Instant> weekStarts, Instant until) {
        StringBuilder weekOf = new StringBuilder("case");
        for (int back = 0; back < weekStarts.size(); back++) {
            weekOf.append(" when occurred_at >= ? then ").append(back);
        }
        weekOf.append(" end");
        List<Object> params = new ArrayList<>();
        weekStarts.forEach(start -> params.add(start.atOffset(ZoneOffset.UTC)));
        params.add(weekStarts.get(weekStarts.size() - 1).atOffset(ZoneOffset.UTC));
        params.add(until.atOffset(ZoneOffset.UTC));
        return jdbc.sql("select district_code, category_code, place, w, count(*) from (select district_code, "
                        + "category_code, place, " + weekOf + " as w from samverkan.incident_report "
                        + "where occurred_at >= ? and occurred_at < ?) r group by district_code, category_code, place, w")
                .params(params)
                .query((rs, row) -> new WeekCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /** Retention: removes up to {@code max} reports whose process's history is removed at {@code now}; how many. */
    public int removeEnded(Instant now, int max) {
        return EndedRows.delete(jdbc, "samverkan.incident_report", "id",
                EndedRows.due(jdbc, "samverkan.incident_report", now, max, Set.of()));
    }
}
