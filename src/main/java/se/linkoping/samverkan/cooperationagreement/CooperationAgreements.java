package se.linkoping.samverkan.cooperationagreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The cooperation agreement with the police and its public part, the citizen promise, round by round:
 * drafted, consulted, decided, signed, published and followed up. Each step is checked whole and stored
 * in one transaction (joined with the engine's), or refused with every reason in Swedish and nothing
 * stored. A round is found by the process instance that runs it, never by a variable a task could change.
 */
@Service("agreements")
@Transactional
public class CooperationAgreements {

    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 2000;
    /** The longest period an agreement may run for. */
    static final int MAX_PERIOD_YEARS = 4;
    /** When on its day the yearly review fires. */
    static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    /** Where a round stands; the check constraint of {@code cooperation_agreement.status} lists the same. */
    public enum Status {
        DRAFTING, CONSULTATION, AWAITING_DECISION, SIGNING, PUBLISHING, PUBLISHED, SUPERSEDED,
        /** Its process ended before publication (deleted by an administrator). */
        ABANDONED,
        /** Its period is over. */
        EXPIRED
    }

    /** The two who sign the agreement, either first. */
    public enum Signatory { KS_CHAIR, POLICE_CHIEF }

    /** How the citizen promise is going, as followed up at a political steering group meeting. */
    public enum FollowUpStatus {
        ON_TRACK("Går enligt plan"), PARTLY("Delvis enligt plan"), NOT_ON_TRACK("Går inte enligt plan");

        private final String swedish;

        FollowUpStatus(String swedish) {
            this.swedish = swedish;
        }

        public String swedish() {
            return swedish;
        }
    }

    /** What the drafting form submits, before anything is checked. */
    public record Draft(String focusProblems, String probableCauses, String goals, String documentation,
                        String periodStart, String periodEnd, String citizenPromise) {
    }

    /** A round as stored. */
    public record Agreement(long id, Long previousId, Status status, String processInstanceId, String focusProblems,
                            String probableCauses, String goals, String documentation, LocalDate periodStart,
                            LocalDate periodEnd, String citizenPromise, String consultationOpinion,
                            OffsetDateTime publishedAt) {
    }

    /** The citizen promise as the public page shows it: nothing internal, no names. */
    public record PublicPromise(String promise, LocalDate periodStart, LocalDate periodEnd, LocalDate publishedOn,
                                List<PublicFollowUp> followUps) {
    }

    /** A follow-up as the public page shows it. */
    public record PublicFollowUp(LocalDate on, FollowUpStatus status, String summary) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DecisionRecords decisions;
    private final Period reviewAfter;

    public CooperationAgreements(JdbcClient jdbc, Clock clock, DecisionRecords decisions,
                                 @Value("${samverkan.agreement.review-after}") String reviewAfter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.decisions = decisions;
        this.reviewAfter = Period.parse(reviewAfter);
    }

    /**
     * Starts a round: from scratch, or from the agreement in force when the yearly review starts it
     * (its contents become the new draft's starting point).
     *
     * @return the round's id
     * @throws Refusal when the reason is missing or refused, or another round is already under way
     */
    public long start(String reason, Long previousId, String startedBy, String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        String why = TextFields.checked(reason, "Skäl till en ny överenskommelse", REASON_MAX, true, reasons);
        inProgress().ifPresent(since -> reasons.add("En samverkansöverenskommelse är redan under arbete (påbörjad "
                + day(since) + "): arbeta vidare med den i stället för att starta en ny."));
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.cooperation_agreement (process_instance_id, previous_id, started_reason,
                            started_by, started_at)
                        values (?, ?, ?, ?, ?)""")
                .params(processInstanceId, previousId, why, startedBy, now())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (previousId != null) {
            Agreement previous = find("id = ?", previousId)
                    .orElseThrow(() -> new IllegalStateException("No agreement " + previousId));
            jdbc.sql("""
                            update samverkan.cooperation_agreement set focus_problems = ?, probable_causes = ?, goals = ?,
                                documentation = ?, citizen_promise = ?
                            where id = ?""")
                    .params(previous.focusProblems(), previous.probableCauses(), previous.goals(),
                            previous.documentation(), previous.citizenPromise(), id)
                    .update();
        }
        return id;
    }

    /** When the round under way (not yet published) was started, if there is one. */
    public Optional<OffsetDateTime> inProgress() {
        return jdbc.sql("""
                        select started_at from samverkan.cooperation_agreement
                        where status not in ('PUBLISHED', 'SUPERSEDED', 'ABANDONED', 'EXPIRED')
                        order by id fetch first 1 rows only""")
                .query(OffsetDateTime.class).optional();
    }

    /** The round a process runs. */
    public Agreement of(String processInstanceId) {
        return find("process_instance_id = ?", processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No agreement is drafted by " + processInstanceId));
    }

    private Optional<Agreement> find(String where, Object param) {
        return jdbc.sql("""
                        select id, previous_id, status, process_instance_id, focus_problems, probable_causes, goals,
                            documentation, period_start, period_end, citizen_promise, consultation_opinion, published_at
                        from samverkan.cooperation_agreement""" + " where " + where)
                .param(param)
                .query((rs, row) -> new Agreement(rs.getLong(1), (Long) rs.getObject(2, Long.class),
                        Status.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class), rs.getString(11), rs.getString(12),
                        rs.getObject(13, OffsetDateTime.class)))
                .optional();
    }

    /** The agreement in force, if one is published and its period is not over. */
    public Optional<Agreement> current() {
        return jdbc.sql("""
                        select process_instance_id from samverkan.cooperation_agreement
                        where status = 'PUBLISHED' and period_end >= ?
                        order by published_at desc, id desc fetch first 1 rows only""")
                .param(LocalDate.now(clock))
                .query(String.class).optional().flatMap(pid -> find("process_instance_id = ?", pid));
    }

    /**
     * The round's process has ended: a round not yet published is abandoned (so a new one can start), a
     * published one whose period is over has expired. A published one in its period stays in force.
     */
    public void ended(String processInstanceId) {
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'ABANDONED'
                        where process_instance_id = ?
                          and status in ('DRAFTING', 'CONSULTATION', 'AWAITING_DECISION', 'SIGNING', 'PUBLISHING')""")
                .param(processInstanceId).update();
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'EXPIRED'
                        where process_instance_id = ? and status = 'PUBLISHED' and period_end < ?""")
                .params(processInstanceId, LocalDate.now(clock)).update();
    }

    /** What the drafting form starts from: the stored draft, or the previous agreement's contents. */
    public Map<String, Object> draftValues(String processInstanceId) {
        Agreement a = of(processInstanceId);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("focusProblems", a.focusProblems());
        values.put("probableCauses", a.probableCauses());
        values.put("goals", a.goals());
        values.put("documentation", a.documentation());
        values.put("citizenPromise", a.citizenPromise());
        return values;
    }

    /**
     * Stores the draft of the security unit and the police, whole, for the steering group's consultation.
     *
     * @throws Refusal with every reason when anything is missing or wrong
     */
    public void draft(String processInstanceId, Draft draft, String draftedBy) {
        List<String> reasons = new ArrayList<>();
        String focus = TextFields.checked(draft.focusProblems(), "Problemen i fokus", TEXT_MAX, true, reasons);
        String causes = TextFields.checked(draft.probableCauses(), "Troliga orsaker", TEXT_MAX, true, reasons);
        String goals = TextFields.checked(draft.goals(), "Mål", TEXT_MAX, true, reasons);
        String documentation = TextFields.checked(draft.documentation(), "Dokumentation och uppföljning", TEXT_MAX,
                true, reasons);
        String promise = TextFields.checked(draft.citizenPromise(), "Medborgarlöftet", TEXT_MAX, true, reasons);
        LocalDate start = date(draft.periodStart(), "Periodens första dag", reasons);
        LocalDate end = date(draft.periodEnd(), "Periodens sista dag", reasons);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                reasons.add("Periodens sista dag (" + end + ") måste komma efter dess första dag (" + start + ").");
            } else if (end.isAfter(start.plusYears(MAX_PERIOD_YEARS))) {
                reasons.add("Perioden får vara högst " + MAX_PERIOD_YEARS + " år: korta den eller dela upp arbetet.");
            }
            if (end.isBefore(LocalDate.now(clock))) {
                reasons.add("Perioden slutar " + end + ", som redan har passerat: ange en period framåt.");
            }
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set focus_problems = ?, probable_causes = ?, goals = ?,
                            documentation = ?, period_start = ?, period_end = ?, citizen_promise = ?, drafted_by = ?,
                            drafted_at = ?, status = 'CONSULTATION'
                        where process_instance_id = ? and status = 'DRAFTING'""",
                focus, causes, goals, documentation, start, end, promise, draftedBy, now(), processInstanceId);
    }

    private LocalDate date(String text, String label, List<String> reasons) {
        if (text == null || text.isBlank()) {
            reasons.add(label + " saknas.");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            reasons.add(label + " ”" + text + "” kan inte läsas: ange den som 2027-01-01.");
            return null;
        }
    }

    /**
     * The agreement as the steering group, the political steering group and the signatories read it in
     * their tasks (cut to what a form variable holds; the decision record keeps it whole).
     */
    public String text(String processInstanceId) {
        return TextFields.forDisplay(wholeText(processInstanceId));
    }

    private String wholeText(String processInstanceId) {
        Agreement a = of(processInstanceId);
        return "Samverkansöverenskommelse mellan Linköpings kommun och Polisen, lokalpolisområde Linköping, "
                + a.periodStart() + "–" + a.periodEnd() + "."
                + "\n\nProblemen i fokus: " + a.focusProblems()
                + "\n\nTroliga orsaker: " + a.probableCauses()
                + "\n\nMål: " + a.goals()
                + "\n\nDokumentation och uppföljning: " + a.documentation()
                + "\n\nMedborgarlöftet (offentligt): " + a.citizenPromise()
                + (a.consultationOpinion() == null ? "" : "\n\nStyrgruppens yttrande: " + a.consultationOpinion());
    }

    /** @throws Refusal when the opinion is missing, too long or holds a personal number */
    public void consult(String processInstanceId, String opinion, String consultedBy) {
        List<String> reasons = new ArrayList<>();
        String text = TextFields.checked(opinion, "Styrgruppens yttrande", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set consultation_opinion = ?, consulted_by = ?,
                            consulted_at = ?, status = 'AWAITING_DECISION'
                        where process_instance_id = ? and status = 'CONSULTATION'""",
                text, consultedBy, now(), processInstanceId);
    }

    /**
     * Records the political steering group's decision at its meeting: approved (APPROVED), to be signed,
     * or returned (RETURNED) to the security unit and the police for a new draft.
     *
     * @return whether the agreement was approved
     * @throws Refusal when no decision is chosen or the rationale is missing or refused
     */
    public boolean decide(String processInstanceId, String decision, String rationale, String decidedBy) {
        if (!"APPROVED".equals(decision) && !"RETURNED".equals(decision)) {
            throw new Refusal(List.of("Välj beslut: fastställ överenskommelsen eller skicka tillbaka den."));
        }
        boolean approved = "APPROVED".equals(decision);
        Agreement agreement = of(processInstanceId);
        long meetingId = atMeeting(processInstanceId);
        decisions.record("political-steering-group", processInstanceId, meetingId, DecisionRecords.Subject.AGREEMENT,
                agreement.id(), approved ? DecisionRecords.Outcome.APPROVED : DecisionRecords.Outcome.RETURNED,
                rationale, null, wholeText(processInstanceId), decidedBy);
        // a returned draft is consulted again: the steering group's earlier opinion is in the decision's basis
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set status = ?, decided_in_meeting = ?, decided_at = ?,
                            consultation_opinion = ?
                        where process_instance_id = ? and status = 'AWAITING_DECISION'""",
                approved ? "SIGNING" : "DRAFTING", meetingId, now(),
                approved ? agreement.consultationOpinion() : null, processInstanceId);
        return approved;
    }

    /**
     * Notes the political steering group meeting the round is taken up at, as the meeting announces
     * itself: the decision or follow-up that comes next belongs to it.
     */
    public void takenUpAt(String processInstanceId, long meetingId) {
        update(processInstanceId, "update samverkan.cooperation_agreement set at_meeting_id = ? where process_instance_id = ?",
                meetingId, processInstanceId);
    }

    private long atMeeting(String processInstanceId) {
        return jdbc.sql("select at_meeting_id from samverkan.cooperation_agreement where process_instance_id = ?")
                .param(processInstanceId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("No meeting takes up the agreement of " + processInstanceId));
    }

    /** Why the political steering group returned the draft, for the next draft; empty when it did not. */
    public String returnedBecause(String processInstanceId) {
        Agreement agreement = of(processInstanceId);
        return decisions.about(DecisionRecords.Subject.AGREEMENT, agreement.id()).stream()
                .reduce((first, last) -> last)
                .filter(last -> last.outcome() == DecisionRecords.Outcome.RETURNED)
                .map(last -> TextFields.forDisplay("Politiska styrgruppen skickade tillbaka utkastet "
                        + day(last.decidedAt()) + ": " + last.rationale()))
                .orElse("");
    }

    /**
     * Records one signature; the second makes the agreement ready to publish.
     *
     * @throws Refusal when the signature is not confirmed
     */
    public void sign(String processInstanceId, Signatory signatory, boolean signed, String signedBy) {
        if (!signed) {
            throw new Refusal(List.of("Bekräfta att överenskommelsen är undertecknad: kryssa i rutan."));
        }
        String other = jdbc.sql("""
                        select %s from samverkan.cooperation_agreement where process_instance_id = ?"""
                        .formatted(signatory == Signatory.KS_CHAIR ? "police_chief_signed_by" : "ks_chair_signed_by"))
                .param(processInstanceId).query(String.class).optional().orElse(null);
        if (signedBy.equals(other)) {
            throw new Refusal(List.of("Du har redan undertecknat för den andra parten. Kommunstyrelsens "
                    + "ordförande och lokalpolisområdeschefen undertecknar var för sig."));
        }
        String columns = signatory == Signatory.KS_CHAIR ? "ks_chair_signed_by = ?, ks_chair_signed_at = ?"
                : "police_chief_signed_by = ?, police_chief_signed_at = ?";
        update(processInstanceId, "update samverkan.cooperation_agreement set " + columns
                + " where process_instance_id = ? and status = 'SIGNING'", signedBy, now(), processInstanceId);
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'PUBLISHING'
                        where process_instance_id = ? and ks_chair_signed_at is not null
                          and police_chief_signed_at is not null""")
                .param(processInstanceId).update();
    }

    /**
     * Publishes the citizen promise: this agreement is in force, the one before it superseded.
     *
     * @return the process instances of the agreements superseded, to be told
     * @throws Refusal when publication is not confirmed
     */
    public List<String> publish(String processInstanceId, boolean confirmed, String publishedBy) {
        if (!confirmed) {
            throw new Refusal(List.of("Bekräfta att medborgarlöftet ska publiceras: kryssa i rutan."));
        }
        Agreement agreement = of(processInstanceId);
        List<String> superseded = jdbc.sql("""
                        select process_instance_id from samverkan.cooperation_agreement
                        where status = 'PUBLISHED' and id <> ?""")
                .param(agreement.id()).query(String.class).list();
        jdbc.sql("""
                        update samverkan.cooperation_agreement set status = 'SUPERSEDED', superseded_at = ?
                        where status = 'PUBLISHED' and id <> ?""")
                .params(now(), agreement.id()).update();
        update(processInstanceId, """
                        update samverkan.cooperation_agreement set status = 'PUBLISHED', published_by = ?, published_at = ?
                        where process_instance_id = ? and status = 'PUBLISHING'""",
                publishedBy, now(), processInstanceId);
        return superseded;
    }

    /** When the yearly review starts the next round: a year (setting) after publication, in the morning. */
    public Date reviewAt(String processInstanceId) {
        OffsetDateTime published = of(processInstanceId).publishedAt();
        LocalDate day = published.atZoneSameInstant(clock.getZone()).toLocalDate().plus(reviewAfter);
        return Date.from(day.atTime(MORNING).atZone(clock.getZone()).toInstant());
    }

    /**
     * Stores and publishes a follow-up of the citizen promise made at a political steering group meeting.
     *
     * @return whether the agreement's period is over, so that this was the last follow-up
     * @throws Refusal when the status is not chosen or the summary is missing or refused
     */
    public boolean followUp(String processInstanceId, String status, String summary, String followedUpBy) {
        List<String> reasons = new ArrayList<>();
        FollowUpStatus chosen = null;
        try {
            chosen = status == null ? null : FollowUpStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null) {
            reasons.add("Välj hur arbetet med medborgarlöftet går: enligt plan, delvis eller inte enligt plan.");
        }
        String text = TextFields.checked(summary, "Uppföljningen", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        Agreement agreement = of(processInstanceId);
        jdbc.sql("""
                        insert into samverkan.promise_follow_up (agreement_id, meeting_id, status, summary,
                            followed_up_by, followed_up_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(agreement.id(), atMeeting(processInstanceId), chosen.name(), text, followedUpBy, now()).update();
        return LocalDate.now(clock).isAfter(agreement.periodEnd());
    }

    /** The follow-ups so far, for the next one. */
    public String followUpText(String processInstanceId) {
        List<String> lines = followUps(of(processInstanceId).id()).stream()
                .map(f -> "• " + f.on() + " – " + f.status().swedish() + ": " + f.summary()).toList();
        return lines.isEmpty() ? "Inga uppföljningar ännu." : TextFields.forDisplay(String.join("\n", lines));
    }

    /** The citizen promise in force with its follow-ups, as anyone may read it; empty before the first is published. */
    @Transactional(readOnly = true)
    public Optional<PublicPromise> publicPromise() {
        return current().map(a -> new PublicPromise(a.citizenPromise(), a.periodStart(), a.periodEnd(),
                a.publishedAt().atZoneSameInstant(clock.getZone()).toLocalDate(), followUps(a.id())));
    }

    private List<PublicFollowUp> followUps(long agreementId) {
        return jdbc.sql("""
                        select followed_up_at, status, summary from samverkan.promise_follow_up
                        where agreement_id = ? order by followed_up_at, id""")
                .param(agreementId)
                .query((rs, row) -> new PublicFollowUp(rs.getObject(1, OffsetDateTime.class)
                        .atZoneSameInstant(clock.getZone()).toLocalDate(), FollowUpStatus.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    /** Runs an update of one round at one step; anything else is a bug, not bad input. */
    private void update(String processInstanceId, String sql, Object... params) {
        if (jdbc.sql(sql).params(params).update() != 1) {
            throw new IllegalStateException("The agreement of " + processInstanceId + " is not at this step: " + sql);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private String day(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).format(DAY);
    }
}
