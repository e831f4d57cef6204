package se.linkoping.samverkan.cooperationagreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;

/**
 * The rounds of the cooperation agreement with the police: started, drafted, consulted, decided, signed
 * and published. Each step is checked whole and stored in one transaction (joined with the engine's), or
 * refused with every reason in Swedish and nothing stored. A round is found by the process instance that
 * runs it, never by a variable a task could change. Its public part, the citizen promise, is followed up
 * in {@link CitizenPromises}.
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

    /** What the drafting form submits, before anything is checked. */
    public record Draft(String focusProblems, String probableCauses, String goals, String documentation,
                        String periodStart, String periodEnd, String citizenPromise) {
    }

    private final AgreementRecords records;
    private final AgreementTexts texts;
    private final DecisionRecords decisions;
    private final RoleHolders roles;
    private final Clock clock;
    private final Period reviewAfter;

    public CooperationAgreements(AgreementRecords records, AgreementTexts texts, DecisionRecords decisions,
                                 RoleHolders roles, Clock clock,
                                 @Value("${samverkan.agreement.review-after}") String reviewAfter) {
        this.records = records;
        this.texts = texts;
        this.decisions = decisions;
        this.roles = roles;
        this.clock = clock;
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
                + Swedish.day(since) + "): arbeta vidare med den i stället för att starta en ny."));
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        long id = records.insert(processInstanceId, previousId, why, startedBy, now());
        if (previousId != null) {
            Agreement previous = records.byId(previousId)
                    .orElseThrow(() -> new IllegalStateException("No agreement " + previousId));
            records.copyContents(id, new AgreementRecords.Contents(previous.focusProblems(), previous.probableCauses(),
                    previous.goals(), previous.documentation(), previous.citizenPromise()));
        }
        return id;
    }

    /** When the round under way (not yet published) was started, if there is one. */
    public Optional<OffsetDateTime> inProgress() {
        return records.underWaySince();
    }

    /** The round a process runs. */
    public Agreement of(String processInstanceId) {
        return records.of(processInstanceId);
    }

    /** The agreement in force, if one is published and its period is not over. */
    public Optional<Agreement> current() {
        return records.inForce(LocalDate.now(clock));
    }

    /**
     * The round's process has ended: a round not yet published is abandoned (so a new one can start), a
     * published one whose period is over has expired. A published one in its period stays in force.
     */
    public void ended(String processInstanceId) {
        records.ended(processInstanceId, LocalDate.now(clock));
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
        records.storeDraft(processInstanceId, new AgreementRecords.Contents(focus, causes, goals, documentation, promise),
                start, end, draftedBy, now());
    }

    private static LocalDate date(String text, String label, List<String> reasons) {
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

    /** @throws Refusal when the opinion is missing, too long or holds a personal number */
    public void consult(String processInstanceId, String opinion, String consultedBy) {
        List<String> reasons = new ArrayList<>();
        String text = TextFields.checked(opinion, "Styrgruppens yttrande", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.storeConsultation(processInstanceId, text, consultedBy, now());
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
                rationale, null, texts.whole(agreement), decidedBy);
        // a returned draft is consulted again: the steering group's earlier opinion is in the decision's basis
        records.storeDecision(processInstanceId, approved ? AgreementStatus.SIGNING : AgreementStatus.DRAFTING,
                meetingId, now(), approved ? agreement.consultationOpinion() : null);
        return approved;
    }

    /**
     * Notes the political steering group meeting the round is taken up at, as the meeting announces
     * itself: the decision or follow-up that comes next belongs to it.
     */
    public void takenUpAt(String processInstanceId, long meetingId) {
        records.takenUpAt(processInstanceId, meetingId);
    }

    /** The meeting that takes the round up now; without one, a decision or follow-up is a bug. */
    long atMeeting(String processInstanceId) {
        return records.meetingOf(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No meeting takes up the agreement of " + processInstanceId));
    }

    /**
     * Records one signature, by the holder of the signatory's role at this moment; the second makes the
     * agreement ready to publish. The role is asked of the identity service now, so one whose role was taken
     * away after the task was created, or who sees the task for another reason (assigned it by an
     * administrator), cannot sign; the same person never signs for both parties.
     *
     * @throws Refusal with every reason (forbidden when the signer does not hold the role), nothing stored
     */
    public void sign(String processInstanceId, Signatory signatory, boolean signed, String signedBy) {
        List<String> reasons = new ArrayList<>();
        boolean holder = roles.holds(signedBy, signatory.role());
        if (!holder) {
            reasons.add(roles.notHolder(signatory.role(), signatory.duty(), false));
        }
        if (!signed) {
            reasons.add("Bekräfta att överenskommelsen är undertecknad: kryssa i rutan.");
        }
        if (records.signedBy(processInstanceId, signatory.other()).filter(signedBy::equals).isPresent()) {
            reasons.add("Du har redan undertecknat för den andra parten. Kommunstyrelsens "
                    + "ordförande och lokalpolisområdeschefen undertecknar var för sig.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(holder ? Refusal.Kind.BAD_INPUT : Refusal.Kind.FORBIDDEN, null,
                    reasons.stream().map(reason -> new Refusal.Reason(null, reason)).toList());
        }
        records.storeSignature(processInstanceId, signatory, signedBy, now());
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
        return records.publish(of(processInstanceId), publishedBy, now());
    }

    /** When the yearly review starts the next round: a year (setting) after publication, in the morning. */
    public Date reviewAt(String processInstanceId) {
        OffsetDateTime published = of(processInstanceId).publishedAt();
        LocalDate day = published.atZoneSameInstant(clock.getZone()).toLocalDate().plus(reviewAfter);
        return Date.from(day.atTime(MORNING).atZone(clock.getZone()).toInstant());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
