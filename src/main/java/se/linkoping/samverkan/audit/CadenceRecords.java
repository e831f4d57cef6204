package se.linkoping.samverkan.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.MeetingKind;

/**
 * What the cadence compliance reads: EST's weekly cycles, the bodies' meetings, and when matters were raised,
 * decided and how long they have waited. Every list is bounded by a year, or capped at {@value #CAP} rows.
 */
@Repository
class CadenceRecords {

    static final int CAP = 5000;

    /** One week of EST's cycle: when its picture was compiled, and when EST analysed it (or null). */
    record Cycle(OffsetDateTime compiled, OffsetDateTime analysed) {
    }

    /** One meeting: extra or ordinary, when it was called, when it was held (or null). */
    record Meeting(boolean extra, OffsetDateTime called, OffsetDateTime held) {
    }

    /** A decision on a matter: which body took it, and when. */
    record Decided(long matter, String body, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    CadenceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The weekly pictures compiled from {@code start} until {@code end}. */
    List<Cycle> cycles(OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("""
                        select compiled_at, analysed_at from samverkan.situational_picture
                        where compiled_at >= ? and compiled_at < ? fetch first %d rows only""".formatted(CAP))
                .params(start, end)
                .query((rs, row) -> new Cycle(rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class)))
                .list();
    }

    /** The body's meetings called from {@code start} until {@code end}. */
    List<Meeting> meetings(MeetingBody body, OffsetDateTime start, OffsetDateTime end) {
        return jdbc.sql("""
                        select kind, called_at, held_at from samverkan.meeting
                        where body = ? and called_at >= ? and called_at < ? fetch first %d rows only""".formatted(CAP))
                .params(body.id(), start, end)
                .query((rs, row) -> new Meeting(MeetingKind.EXTRA.name().equals(rs.getString(1)),
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** Every decision on a matter before {@code end}, matter by matter in the order they were taken. */
    List<Decided> matterDecisions(OffsetDateTime end) {
        return jdbc.sql("""
                        select subject_id, body, decided_at from samverkan.decision_record
                        where subject_type = ? and decided_at < ? order by subject_id, id
                        fetch first %d rows only""".formatted(CAP))
                .params(DecisionRecords.Subject.MATTER.name(), end)
                .query((rs, row) -> new Decided(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .list();
    }

    /** When each matter raised before {@code end} was raised. */
    Map<Long, OffsetDateTime> raised(OffsetDateTime end) {
        Map<Long, OffsetDateTime> raised = new HashMap<>();
        jdbc.sql("select id, raised_at from samverkan.matter where raised_at < ? fetch first %d rows only"
                        .formatted(CAP))
                .param(end)
                .query(rs -> {
                    raised.put(rs.getLong(1), rs.getObject(2, OffsetDateTime.class));
                });
        return raised;
    }

    /** The matters waiting at the body's level since before {@code before}. */
    int waitingSince(MeetingBody body, OffsetDateTime before) {
        List<Object> params = new ArrayList<>();
        params.add(body.id());
        params.addAll(MatterStatus.OPEN);
        params.add(before);
        return jdbc.sql("""
                        select count(*) from samverkan.matter
                        where level = ? and status in (%s) and waiting_since < ?"""
                        .formatted(String.join(", ", Collections.nCopies(MatterStatus.OPEN.size(), "?"))))
                .params(params).query(Long.class).single().intValue();
    }
}
