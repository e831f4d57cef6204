package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.PictureRecords;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The tertial analysis ({@code ${districtPlans...}} in the meeting processes): at its last ordinary
 * meeting before the steering group meets, the coordination group proposes goals, picture and action
 * plan for the districts with serious problems; the steering group approves each plan or sends it back.
 * Plans are found by the execution of the task working on them, never by a variable a task could change.
 */
@Service("districtPlans")
@Transactional
public class DistrictPlans {

    /** How far back the tertial analysis looks for a district's problems. */
    static final int TERTIAL_WEEKS = 17;
    /** The problems that make a district's plan: confirmed, of this priority or higher. */
    static final int SERIOUS_PRIORITY = 2;

    private final DistrictPlanRecords records;
    private final DistrictPlanTexts texts;
    private final Meetings meetings;
    private final MeetingSchedule schedule;
    private final DecisionRecords decisions;
    private final PictureRecords pictures;
    private final RaisedMatters matters;
    private final ReferenceData referenceData;
    private final Clock clock;

    public DistrictPlans(DistrictPlanRecords records, DistrictPlanTexts texts, Meetings meetings,
                         MeetingSchedule schedule, DecisionRecords decisions, PictureRecords pictures,
                         RaisedMatters matters, ReferenceData referenceData, Clock clock) {
        this.records = records;
        this.texts = texts;
        this.meetings = meetings;
        this.schedule = schedule;
        this.decisions = decisions;
        this.pictures = pictures;
        this.matters = matters;
        this.referenceData = referenceData;
        this.clock = clock;
    }

    /**
     * The districts the coordination group proposes goals, picture and action plan for at this
     * meeting: at its last ordinary meeting before the steering group meets, those with a confirmed
     * problem of priority 1 or 2 in the last {@value #TERTIAL_WEEKS} weeks or a matter raised there.
     * Empty at other meetings.
     */
    public List<String> tertialDistricts(String processInstanceId) {
        Meeting meeting = meetings.of(processInstanceId);
        if (meeting.body() != MeetingBody.COORDINATION_GROUP || meeting.extra()
                || !schedule.lastCoordinationMeetingBeforeSteeringGroup(meeting.calledAt().atZoneSameInstant(clock.getZone()))) {
            return List.of();
        }
        LocalDate since = LocalDate.now(clock).minusWeeks(TERTIAL_WEEKS);
        Set<String> districts = new HashSet<>(pictures.districtsWithConfirmedProblems(since, SERIOUS_PRIORITY));
        districts.addAll(matters.districtsRaisedSince(since.atStartOfDay(clock.getZone()).toOffsetDateTime()));
        return referenceData.inDistrictOrder(districts);
    }

    /** Ties a district's plan to the execution of the task proposing it, as the task starts. */
    public void assignProposal(String executionId, String processInstanceId, String district) {
        records.insertDraft(district, meetings.of(processInstanceId).id(), executionId);
    }

    /**
     * Stores the coordination group's proposal for the district tied to this execution.
     *
     * @throws Refusal when goals, picture or action plan is missing, too long or holds a personal number
     */
    public void proposePlan(String executionId, String goals, String picture, String actionPlan, String proposedBy) {
        List<String> reasons = new ArrayList<>();
        String g = Meetings.text(goals, "Mål", Meetings.TEXT_MAX, true, reasons);
        String p = Meetings.text(picture, "Lägesbild", Meetings.TEXT_MAX, true, reasons);
        String a = Meetings.text(actionPlan, "Handlingsplan", Meetings.TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        if (records.propose(executionId, g, p, a, proposedBy, OffsetDateTime.now(clock)) != 1) {
            throw new IllegalStateException("No district plan is proposed in execution " + executionId);
        }
    }

    /**
     * The plans proposed to the steering group and not yet decided: one approval task each, at its
     * ordinary meetings. An extra meeting is called for acute matters; the plans wait for the next
     * ordinary one (and two meetings never compete for the same plan).
     */
    public List<Long> plansToDecide(String processInstanceId) {
        return meetings.of(processInstanceId).extra() ? List.of() : records.proposed();
    }

    /** Ties a plan to the execution of the steering group's task deciding it, as the task starts. */
    public void assignPlanDecision(String executionId, long planId) {
        records.assignDecision(planId, executionId);
    }

    public DistrictPlan plan(long planId) {
        return records.find(planId).orElseThrow(() -> new IllegalArgumentException("No district plan " + planId));
    }

    /**
     * Records the steering group's decision on the plan tied to this execution: approved (APPROVED),
     * or returned to the coordination group (RETURNED), and why. A task to a department goes with an
     * approved plan only.
     *
     * @return the plan decided
     * @throws Refusal when the rationale is missing or a text is refused
     */
    public long decidePlan(String executionId, String processInstanceId, String decision, String rationale,
                           String directive, boolean departmentTask, String decidedBy) {
        List<String> reasons = new ArrayList<>();
        boolean approve = DistrictPlanStatus.APPROVED.name().equals(decision);
        if (!approve && !DistrictPlanStatus.RETURNED.name().equals(decision)) {
            reasons.add("Välj beslut: fastställ planen eller skicka tillbaka den.");
        }
        if (departmentTask && !approve) {
            reasons.add("Ett uppdrag till en förvaltning kan bara ges när planen fastställs: fastställ den eller ta bort uppdraget.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        Meeting meeting = meetings.of(processInstanceId);
        long planId = records.decidedIn(executionId)
                .orElseThrow(() -> new IllegalStateException("No plan is decided in execution " + executionId));
        decisions.record(meeting.body().id(), processInstanceId, meeting.id(), DecisionRecords.Subject.DISTRICT_PLAN,
                planId, approve ? DecisionRecords.Outcome.APPROVED : DecisionRecords.Outcome.RETURNED, rationale,
                directive, texts.basis(plan(planId)), decidedBy);
        records.decided(planId, approve ? DistrictPlanStatus.APPROVED : DistrictPlanStatus.RETURNED, meeting.id());
        return planId;
    }
}
