package se.linkoping.samverkan.matter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.meeting.Meeting;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;

/**
 * Matters (ärenden) and their way up the escalation chain: raised at a level, put on that body's next
 * meeting's agenda ({@link Agendas}), decided there — handled, escalated to the next level, or closed —
 * and raised or escalated by rule from the weekly picture or a late intervention ({@link MattersByRule}).
 * Each step is checked whole and stored, or refused with Swedish reasons and nothing stored. A matter's
 * process finds its row by its process instance; a meeting's decision task finds its matter by its
 * execution. Each change is one transaction, joined with the engine's when a process makes it. What
 * people read of a matter is written by {@link MatterTexts}.
 */
@Service("matters")
@Transactional
public class Matters {

    static final String PROCESS_KEY = "matter";
    static final String BUSINESS_KEY_PREFIX = "arende-";
    /** The message a meeting's decision (or a rule) sends the waiting matter. */
    static final String DECIDED_MESSAGE = "MatterDecided";
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int COMMENT_MAX = 2000;

    private final MatterRecords records;
    private final MatterTexts texts;
    private final DecisionRecords decisions;
    private final Meetings meetings;
    private final ReferenceData referenceData;
    private final RoleHolders roles;
    private final Clock clock;

    public Matters(MatterRecords records, MatterTexts texts, DecisionRecords decisions, Meetings meetings,
                   ReferenceData referenceData, RoleHolders roles, Clock clock) {
        this.records = records;
        this.texts = texts;
        this.decisions = decisions;
        this.meetings = meetings;
        this.referenceData = referenceData;
        this.roles = roles;
        this.clock = clock;
    }

    /** The Swedish name of a stored matter status (see {@link MatterStatus}). */
    public static String statusName(String status) {
        return MatterStatus.nameOf(status);
    }

    // --- raising

    /**
     * Checks and stores a matter and starts its process, which waits for the level's next meeting.
     *
     * @return its id
     * @throws Refusal with every reason when anything is wrong
     */
    public long raise(NewMatter matter, MatterOrigin origin, Long problemId, Long interventionId, String raisedBy,
                      ProcessEngineServices engine) {
        long id = insert(matter, origin, problemId, interventionId, raisedBy, null);
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + id);
        return id;
    }

    /**
     * The first step of a matter's process: ties the matter raised by the application to it, or, when
     * staff raised it from Tasklist's start form, checks and stores it.
     *
     * @return the matter's id
     * @throws Refusal when the form's matter is refused
     */
    public long register(String businessKey, String processInstanceId, NewMatter fromForm, String raisedBy) {
        if (businessKey != null && businessKey.matches(Pattern.quote(BUSINESS_KEY_PREFIX) + "\\d{1,18}")) {
            long id = Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
            if (records.tieToProcess(id, processInstanceId)) {
                return id;
            }
        }
        return insert(fromForm, MatterOrigin.BODY, null, null, raisedBy, processInstanceId);
    }

    private long insert(NewMatter matter, MatterOrigin origin, Long problemId, Long interventionId, String raisedBy,
                        String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        String title = text(matter.title(), "Rubrik", TITLE_MAX, true, reasons);
        String description = text(matter.description(), "Beskrivning", TEXT_MAX, origin == MatterOrigin.BODY,
                reasons);
        if (MeetingBody.byId(matter.level()).isEmpty()) {
            reasons.add("Välj vilken nivå ärendet ska till: lednings- och samordningsgruppen, styrgruppen eller "
                    + "politiska styrgruppen.");
        }
        String district = blankToNull(matter.district());
        if (district != null && referenceData.district(district).isEmpty()) {
            reasons.add("Stadsdelen ”" + district + "” finns inte: välj en stadsdel i listan.");
        }
        String category = blankToNull(matter.category());
        if (category != null && referenceData.category(category).isEmpty()) {
            reasons.add("Kategorin ”" + category + "” finns inte: välj en kategori i listan.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        return records.insert(new NewMatter(title, description, matter.level(), district, category, matter.acute()),
                origin, problemId, interventionId, raisedBy, now(), processInstanceId);
    }

    // --- reading, for the expressions of the processes

    public Matter get(long id) {
        return records.find(id).orElseThrow(() -> new IllegalArgumentException("No matter " + id));
    }

    /** The matter a process instance runs, for the expressions of {@code matter}. */
    public Matter of(String processInstanceId) {
        return records.ofProcess(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No matter is run by process instance " + processInstanceId));
    }

    /** The latest decision on the matter a process runs, for its gateway: HANDLED, ESCALATED or CLOSED. */
    public String lastOutcome(String processInstanceId) {
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, of(processInstanceId).id());
        if (decided.isEmpty()) {
            throw new IllegalStateException("The matter of " + processInstanceId + " has no decision");
        }
        return decided.get(decided.size() - 1).outcome().name();
    }

    // --- deciding at a meeting

    /** Ties a matter on the agenda to the execution of the meeting's task deciding it, as the task starts. */
    public void assignDecision(String executionId, long matterId) {
        records.assignDecision(matterId, executionId);
    }

    /**
     * Records a meeting's decision on the matter tied to this execution and sends it to the matter's
     * process, which waits for the next level's meeting, or ends.
     *
     * @return the matter decided
     * @throws Refusal with every reason when anything is wrong
     */
    public Matter decide(String executionId, String meetingProcessInstanceId, MatterDecision decision,
                         String decidedBy, ProcessEngineServices engine) {
        Meeting meeting = meetings.of(meetingProcessInstanceId);
        Matter matter = records.decidedIn(executionId, meeting.id())
                .orElseThrow(() -> new IllegalStateException("No matter is decided in execution " + executionId));
        List<String> reasons = new ArrayList<>();
        Outcome outcome = switch (decision.outcome() == null ? "" : decision.outcome()) {
            case "HANDLED" -> Outcome.HANDLED;
            case "ESCALATED" -> Outcome.ESCALATED;
            case "CLOSED" -> Outcome.CLOSED;
            default -> {
                reasons.add("Välj beslut: hantera ärendet här, eskalera det eller avsluta det.");
                yield null;
            }
        };
        Optional<MeetingBody> next = matter.level().next();
        if (outcome == Outcome.ESCALATED && next.isEmpty()) {
            reasons.add("Politiska styrgruppen är högsta nivån: besluta att hantera ärendet här eller avsluta det.");
        }
        if (decision.intervention() && outcome != Outcome.HANDLED) {
            reasons.add("En insats kan bara beslutas när ärendet hanteras här: välj ”Hantera här” eller ta bort insatsen.");
        }
        if (matter.status() != MatterStatus.ON_AGENDA) {
            reasons.add("Ärendet är redan beslutat.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        decisions.record(meeting.body().id(), meetingProcessInstanceId, meeting.id(), Subject.MATTER, matter.id(),
                outcome, decision.rationale(), decision.directive(), texts.basis(matter), decidedBy);
        if (outcome == Outcome.ESCALATED) {
            records.escalate(matter.id(), next.orElseThrow(), matter.problemId(), now());
        } else {
            records.decided(matter.id(), outcome == Outcome.HANDLED ? MatterStatus.HANDLED : MatterStatus.CLOSED,
                    now());
        }
        tellProcess(matter, engine);
        return matter;
    }

    /**
     * Tells the matter's process that it was decided. A process an administrator deleted must not hold
     * the meeting up: the decision stands, and nothing else is told (never every waiting matter).
     */
    static void tellProcess(Matter matter, ProcessEngineServices engine) {
        if (matter.processInstanceId() == null) {
            return;
        }
        engine.getRuntimeService().createMessageCorrelation(DECIDED_MESSAGE)
                .processInstanceId(matter.processInstanceId()).correlateAll();
    }

    // --- waiting too long

    /**
     * Stores what the convener did about a matter that waited longer than its body's cadence allows, with the
     * role they acted in. Only the holder of the body's convener role at this moment, or an administrator,
     * chooses (whatever task the REST API let someone complete).
     *
     * @return whether an extra meeting is asked for
     * @throws Refusal when no choice is made, the comment is refused, or the chooser is neither convener nor
     *                 administrator (forbidden)
     */
    public boolean convenerAction(String processInstanceId, String action, String comment, String convener) {
        Matter matter = of(processInstanceId);
        OrganisationGroup role = matter.level().convener();
        boolean holder = roles.holds(convener, role);
        boolean allowed = holder || roles.isAdministrator(convener);
        List<String> reasons = new ArrayList<>();
        if (!allowed) {
            reasons.add(roles.notHolder(role, "välja om ärendet tas upp på ett extra möte eller på nästa ordinarie möte "
                    + "i " + matter.level().group().shortName().toLowerCase(Swedish.LOCALE), true));
        }
        boolean extra = "EXTRA_MEETING".equals(action);
        if (!extra && !"NEXT_MEETING".equals(action)) {
            reasons.add("Välj om ärendet ska tas upp på ett extra möte eller på nästa ordinarie möte.");
        }
        String text = text(comment, "Kommentar", COMMENT_MAX, false, reasons);
        if (extra && matter.status() == MatterStatus.ON_AGENDA) {
            reasons.add("Ärendet står redan på dagordningen för ett möte som pågår: ett extra möte skulle inte ta upp "
                    + "det. Välj nästa ordinarie möte, eller skynda på beslutet på det pågående mötet.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(allowed ? Refusal.Kind.BAD_INPUT : Refusal.Kind.FORBIDDEN, null,
                    reasons.stream().map(reason -> new Refusal.Reason(null, reason)).toList());
        }
        records.convenerAction(processInstanceId, (extra ? "Extra möte begärt." : "Tas upp på nästa ordinarie möte.")
                + (text == null ? "" : " " + text), convener, holder ? role : OrganisationGroup.CAMUNDA_ADMIN, now());
        return extra;
    }

    /** Asks for an extra meeting at the matter's level, for a reason (acute, or waiting too long). */
    public String requestExtraMeeting(String processInstanceId, String why, ProcessEngineServices engine) {
        Matter matter = of(processInstanceId);
        return meetings.requestExtra(matter.level(), why + ": " + matter.title(), engine);
    }

    // --- helpers

    static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
