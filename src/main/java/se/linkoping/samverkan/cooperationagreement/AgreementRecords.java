package se.linkoping.samverkan.cooperationagreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.EndedRows;

/**
 * The rounds of the cooperation agreement and the follow-ups of their citizen promise (tables {@code cooperation_agreement}
 * and {@code promise_follow_up}). A step's update touches exactly one round at the status it expects, or it is a bug.
 */
@Repository
public class AgreementRecords {

    private static final String AGREEMENT = """
            select id, previous_id, status, process_instance_id, focus_problems, probable_causes, goals,
                documentation, period_start, period_end, citizen_promise, consultation_opinion, decided_at,
                published_at, superseded_at
            from samverkan.cooperation_agreement
            """;
    private static final String UNDER_WAY = AgreementStatus.UNDER_WAY.stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", "));

    /** What a draft says, as checked. */
    record Contents(String focusProblems, String probableCauses, String goals, String documentation,
                    String citizenPromise) { }

    private final JdbcClient jdbc;

    public AgreementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String processInstanceId, Long previousId, String reason, String startedBy, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.cooperation_agreement (process_instance_id, previous_id, started_reason,
                            started_by, started_at)
                        values (?, ?, ?, ?, ?)""")
                .params(processInstanceId, previousId, reason, startedBy, at)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Gives a new round the contents it starts from. */
    void copyContents(long id, Contents contents) {
        jdbc.sql("""
                        update samverkan.cooperation_agreement set focus_problems = ?, probable_causes = ?, goals = ?,
                            documentation = ?, citizen_promise = ?
                        where id = ?""")
                .params(contents.focusProblems(), contents.probableCauses(), contents.goals(),
                        contents.documentation(), contents.citizenPromise(), id)
                .update();
    }

    Optional<Agreement> byId(long id) {
        return jdbc.sql(AGREEMENT + "where id = ?").param(id).query(AgreementRecords::agreement).optional();
    }

    /** The round a process runs: there is one from the process's first step on. */
    Agreement of(String processInstanceId) {
        return jdbc.sql(AGREEMENT + "where process_instance_id = ?").param(processInstanceId)
                .query(AgreementRecords::agreement).optional()
                .orElseThrow(() -> new IllegalStateException("No agreement is drafted by " + processInstanceId));
    }

    /** When the round under way was started, if there is one. */
    Optional<OffsetDateTime> underWaySince() {
        return jdbc.sql("""
                        select started_at from samverkan.cooperation_agreement
                        where status in (%s)
                        order by id fetch first 1 rows only""".formatted(UNDER_WAY))
                .query(OffsetDateTime.class).optional();
    }

    /** The latest published round whose period is not over on the day. */
    Optional<Agreement> inForce(LocalDate day) {
        return jdbc.sql(AGREEMENT + """
                        where status = 'PUBLISHED' and period_end >= ?
                        order by published_at desc, id desc fetch first 1 rows only""")
                .param(day).query(AgreementRecords::agreement).optional();
    }

    /** A round under way is abandoned, a published one whose period ended before the day has expired. */
    void ended(String processInstanceId, LocalDate day) {
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'ABANDONED'
                        where process_instance_id = ? and status in (%s)""".formatted(UNDER_WAY))
                .param(processInstanceId).update();
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'EXPIRED'
                        where process_instance_id = ? and status = 'PUBLISHED' and period_end < ?""")
                .params(processInstanceId, day).update();
    }

    /** A draft goes to the steering group's consultation. */
    void storeDraft(String processInstanceId, Contents contents, LocalDate start, LocalDate end, String draftedBy,
                    OffsetDateTime at) {
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set focus_problems = ?, probable_causes = ?, goals = ?,
                            documentation = ?, period_start = ?, period_end = ?, citizen_promise = ?, drafted_by = ?,
                            drafted_at = ?, status = 'CONSULTATION'
                        where process_instance_id = ? and status = 'DRAFTING'""",
                contents.focusProblems(), contents.probableCauses(), contents.goals(), contents.documentation(), start,
                end, contents.citizenPromise(), draftedBy, at, processInstanceId);
    }

    void storeConsultation(String processInstanceId, String opinion, String consultedBy, OffsetDateTime at) {
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set consultation_opinion = ?, consulted_by = ?,
                            consulted_at = ?, status = 'AWAITING_DECISION'
                        where process_instance_id = ? and status = 'CONSULTATION'""",
                opinion, consultedBy, at, processInstanceId);
    }

    /** The decision moves the round on to {@code next} (signing, or drafting again) with the opinion it keeps. */
    void storeDecision(String processInstanceId, AgreementStatus next, long meetingId, OffsetDateTime at,
                       String opinion) {
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set status = ?, decided_in_meeting = ?, decided_at = ?,
                            consultation_opinion = ?
                        where process_instance_id = ? and status = 'AWAITING_DECISION'""",
                next.name(), meetingId, at, opinion, processInstanceId);
    }

    void takenUpAt(String processInstanceId, long meetingId) {
        update(processInstanceId, "update samverkan.cooperation_agreement set at_meeting_id = ? where process_instance_id = ?",
                meetingId, processInstanceId);
    }

    /** The political steering group meeting the round is taken up at now. */
    Optional<Long> meetingOf(String processInstanceId) {
        return jdbc.sql("select at_meeting_id from samverkan.cooperation_agreement where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional();
    }

    /** Who signed for a signatory, if anyone has. */
    Optional<String> signedBy(String processInstanceId, Signatory signatory) {
        return signatures(processInstanceId).stream().filter(s -> s.signatory() == signatory)
                .map(Signature::signedBy).findFirst();
    }

    /** The round's signatures so far, the KS chair's first; the signer held the role when they signed. */
    List<Signature> signatures(String processInstanceId) {
        return jdbc.sql("""
                        select ks_chair_signed_by, ks_chair_signed_at, police_chief_signed_by, police_chief_signed_at
                        from samverkan.cooperation_agreement where process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, row) -> {
                    List<Signature> signed = new ArrayList<>();
                    if (rs.getString(1) != null) {
                        signed.add(new Signature(Signatory.KS_CHAIR, rs.getString(1),
                                rs.getObject(2, OffsetDateTime.class)));
                    }
                    if (rs.getString(3) != null) {
                        signed.add(new Signature(Signatory.POLICE_CHIEF, rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class)));
                    }
                    return signed;
                })
                .optional().orElse(List.of());
    }

    /** One signature; with both, the round is ready to publish. */
    void storeSignature(String processInstanceId, Signatory signatory, String signedBy, OffsetDateTime at) {
        String columns = signatory == Signatory.KS_CHAIR ? "ks_chair_signed_by = ?, ks_chair_signed_at = ?"
                : "police_chief_signed_by = ?, police_chief_signed_at = ?";
        update(processInstanceId, "update samverkan.cooperation_agreement set " + columns
                + " where process_instance_id = ? and status = 'SIGNING'", signedBy, at, processInstanceId);
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'PUBLISHING'
                        where process_instance_id = ? and ks_chair_signed_at is not null
                          and police_chief_signed_at is not null""")
                .param(processInstanceId).update();
    }

    /** Publishes the round: it is in force, every other published one superseded; the superseded rounds' processes. */
    List<String> publish(Agreement agreement, String publishedBy, OffsetDateTime at) {
        List<String> superseded = jdbc.sql("""
                        select process_instance_id from samverkan.cooperation_agreement
                        where status = 'PUBLISHED' and id <> ?""")
                .param(agreement.id()).query(String.class).list();
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'SUPERSEDED', superseded_at = ?
                        where status = 'PUBLISHED' and id <> ?""")
                .params(at, agreement.id()).update();
        update(agreement.processInstanceId(), """
                        update samverkan.cooperation_agreement set status = 'PUBLISHED', published_by = ?, published_at = ?
                        where process_instance_id = ? and status = 'PUBLISHING'""",
                publishedBy, at, agreement.processInstanceId());
        return superseded;
    }

    void insertFollowUp(long agreementId, long meetingId, FollowUpStatus status, String summary, String followedUpBy,
                        OffsetDateTime at) {
        jdbc.sql("""
                        insert into samverkan.promise_follow_up (agreement_id, meeting_id, status, summary,
                            followed_up_by, followed_up_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(agreementId, meetingId, status.name(), summary, followedUpBy, at).update();
    }

    /** The follow-ups of a round, oldest first. */
    List<PromiseFollowUp> followUpsOf(long agreementId) {
        return jdbc.sql("""
                        select followed_up_at, status, summary from samverkan.promise_follow_up
                        where agreement_id = ? order by followed_up_at, id""")
                .param(agreementId).query(AgreementRecords::followUp).list();
    }

    /**
     * The agreements in force at some time in {@code [from, until)}: published before it ends, not superseded
     * before it begins, with a period reaching into it (the days of {@code from} and {@code until}), oldest first.
     */
    public List<Agreement> inForceDuring(OffsetDateTime from, OffsetDateTime until, int max) {
        return jdbc.sql(AGREEMENT + """
                        where published_at is not null and published_at < ?
                          and (superseded_at is null or superseded_at >= ?)
                          and (period_end is null or period_end >= ?)
                          and (period_start is null or period_start < ?)
                        order by published_at, id fetch first %d rows only""".formatted(max))
                .params(until, from, from.toLocalDate(), until.toLocalDate())
                .query(AgreementRecords::agreement).list();
    }

    /** The agreements with these ids (those a year's decisions were about: a handful). */
    public List<Agreement> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(AGREEMENT + " where id in (%s) order by id"
                        .formatted(String.join(", ", Collections.nCopies(ids.size(), "?"))))
                .params(List.copyOf(ids)).query(AgreementRecords::agreement).list();
    }

    /** The follow-ups of every agreement made in {@code [from, until)}, oldest first. */
    public List<PromiseFollowUp> followUpsDuring(OffsetDateTime from, OffsetDateTime until, int max) {
        return jdbc.sql("""
                        select followed_up_at, status, summary from samverkan.promise_follow_up
                        where followed_up_at >= ? and followed_up_at < ?
                        order by followed_up_at, id fetch first %d rows only""".formatted(max))
                .params(from, until).query(AgreementRecords::followUp).list();
    }

    private static Agreement agreement(ResultSet rs, int row) throws SQLException {
        return new Agreement(rs.getLong(1), rs.getObject(2, Long.class), AgreementStatus.valueOf(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class), rs.getString(11),
                rs.getString(12), rs.getObject(13, OffsetDateTime.class), rs.getObject(14, OffsetDateTime.class),
                rs.getObject(15, OffsetDateTime.class));
    }

    private static PromiseFollowUp followUp(ResultSet rs, int row) throws SQLException {
        return new PromiseFollowUp(rs.getObject(1, OffsetDateTime.class), FollowUpStatus.valueOf(rs.getString(2)),
                rs.getString(3));
    }

    /**
     * Runs an update of one round at one step. No row means the round is no longer at that step: someone else's
     * submission of the same step (on this node or another) got there first, a race answered as a conflict.
     */
    private void update(String processInstanceId, String sql, Object... params) {
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw Refusal.of(Refusal.Kind.CONFLICT, "Överenskommelsen har redan gått vidare från det här steget: "
                    + "någon annan hann före. Det du skickade har inte sparats. Ladda om uppgiftslistan.");
        }
    }

    /** Retention: up to {@code max} agreements removed at {@code now}, with follow-ups; not one a later round refers to. */
    public int removeEnded(Instant now, int max) {
        List<Long> ids = EndedRows.due(jdbc, "samverkan.cooperation_agreement", now, max,
                EndedRows.referred(jdbc, "samverkan.cooperation_agreement", "previous_id"));
        EndedRows.delete(jdbc, "samverkan.promise_follow_up", "agreement_id", ids);
        return EndedRows.delete(jdbc, "samverkan.cooperation_agreement", "id", ids);
    }

    /** The meetings agreements and their follow-ups refer to. */
    public Set<Long> meetingsReferred() {
        Set<Long> ids = EndedRows.referred(jdbc, "samverkan.cooperation_agreement", "at_meeting_id", "decided_in_meeting");
        ids.addAll(EndedRows.referred(jdbc, "samverkan.promise_follow_up", "meeting_id"));
        return ids;
    }
}
