package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The meetings of the coordination group, the steering group and the political steering group: called
 * by their timers or on request, their agenda compiled and prepared, held, and the coordination group's
 * phase that the steering group sets. The matters on an agenda are the matter package's
 * ({@code matter.Agendas}); the tertial analysis's district plans are {@link DistrictPlans}. Rows are
 * found by the process instance that runs the meeting, never by a variable a task could change. Each
 * change is one transaction, joined with the engine's when a process makes it: a refusal leaves nothing
 * behind.
 */
@Service("meetings")
@Transactional
public class Meetings {

    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 2000;

    private final MeetingRecords records;
    private final Clock clock;
    private final DecisionRecords decisions;
    private final CoordinationPhases phases;
    private final MeetingSchedule schedule;
    private final MeetingDays days;

    public Meetings(MeetingRecords records, Clock clock, DecisionRecords decisions, CoordinationPhases phases,
                    MeetingSchedule schedule, MeetingDays days) {
        this.records = records;
        this.clock = clock;
        this.decisions = decisions;
        this.phases = phases;
        this.schedule = schedule;
        this.days = days;
    }

    /**
     * Stores a meeting as its process starts: an ordinary one when its timer fired, an extra one asked
     * for with a reason.
     *
     * @throws Refusal when an extra meeting is asked for without a reason
     */
    public long open(String processInstanceId, MeetingBody body, boolean extra, String reason, String requestedBy) {
        String why = null;
        if (extra) {
            List<String> reasons = new ArrayList<>();
            why = text(reason, "Skäl till extra möte", REASON_MAX, true, reasons);
            if (!reasons.isEmpty()) {
                throw new Refusal(reasons);
            }
        }
        return records.insert(body, MeetingKind.of(extra), now(), why, extra ? requestedBy : null, processInstanceId);
    }

    /**
     * Asks for an extra meeting of a body: starts its meeting process by its message, unless an extra meeting of that
     * body has been called and has not yet compiled its agenda (the matter will be on that one).
     *
     * @return the process instance of the extra meeting
     */
    public String requestExtra(MeetingBody body, String reason, ProcessEngineServices engine) {
        Optional<String> called = records.extraCalled(body);
        if (called.isPresent()) {
            return called.get();
        }
        return engine.getRuntimeService().startProcessInstanceByMessage(body.extraMeetingMessage(),
                Variables.putValue("reason", reason)).getId();
    }

    public Optional<Meeting> find(long id) {
        return records.find(id);
    }

    /** A body's latest meetings, latest first. */
    public List<Meeting> latest(MeetingBody body, int max) {
        return records.latest(body, max);
    }

    public Meeting of(String processInstanceId) {
        return records.ofProcess(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No meeting is run by process instance " + processInstanceId));
    }

    /** Whether the meeting a process runs is an extra one. */
    public boolean isExtra(String processInstanceId) {
        return of(processInstanceId).extra();
    }

    /** The matters waiting at the meeting's level are on its agenda, and the day it meets is set. */
    public void agendaCompiled(long meetingId) {
        Meeting meeting = records.find(meetingId)
                .orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
        records.agendaCompiled(meetingId, now(), days.meetsOn(meeting));
    }

    /** What was prepared for a meeting: the day it meets and the notes to its agenda. */
    public MeetingRecords.Agenda agenda(long meetingId) {
        return records.agenda(meetingId).orElseThrow(() -> new IllegalStateException("No meeting " + meetingId));
    }

    /**
     * When the decision tasks of the meeting a process runs are due ({@code camunda:dueDate} of the bodies'
     * tasks): the end of the working day it meets, known since its agenda was compiled.
     */
    public Date decisionsDue(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        LocalDate meetsOn = agenda(meeting.id()).meetsOn();
        return days.decisionsDue(meetsOn == null ? days.meetsOn(meeting) : meetsOn);
    }

    /**
     * Stores what the security unit or a district coordinator added to the agenda.
     *
     * @throws Refusal when the notes are too long or hold a personal number
     */
    public void recordAgenda(String processInstanceId, String notes, String preparedBy) {
        List<String> reasons = new ArrayList<>();
        String text = text(notes, "Anteckningar till dagordningen", TEXT_MAX, false, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        records.agendaPrepared(of(processInstanceId).id(), text, preparedBy, now());
    }

    /**
     * Notes, as the agenda is prepared, that a member of the steering group asked it to decide the coordination
     * group's phase at this extra meeting (its ordinary meetings decide it anyway).
     *
     * @throws Refusal at another body's meeting
     */
    public void requestPhaseDecision(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        if (meeting.body() != MeetingBody.STEERING_GROUP) {
            throw new Refusal(List.of("Bara styrgruppen beslutar om lednings- och samordningsgruppens fas: ta bort "
                    + "begäran om fasbeslut."));
        }
        records.phaseRequested(meeting.id());
    }

    /**
     * Whether the steering group decides the coordination group's phase at the meeting a process runs: at
     * its ordinary meetings, and at an extra one when a member asked for it; not at an extra meeting called
     * for a single matter.
     */
    public boolean decidesPhase(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        return !meeting.extra() || agenda(meeting.id()).phaseRequested();
    }

    /** The meeting is over: every matter on its agenda has its decision. */
    public void close(String processInstanceId) {
        records.held(of(processInstanceId).id(), now());
    }

    // --- the coordination group's phase, set by the steering group

    public String currentPhase() {
        return phases.current();
    }

    /**
     * Records the steering group's decision on the coordination group's phase, with the cadence the
     * table gave it, and moves the coordination group's next ordinary meeting to the new cadence.
     *
     * @throws Refusal when the phase is unknown or the rationale missing
     */
    public void setPhase(String processInstanceId, String phase, String rationale, String decidedBy,
                         ProcessEngineServices engine) {
        if (phase == null || !CoordinationPhases.PHASES.contains(phase)) {
            throw new Refusal(List.of("Välj fas för lednings- och samordningsgruppen: lugn, normal eller förhöjd."));
        }
        Meeting meeting = of(processInstanceId);
        MeetingCadence.Cadence before = schedule.currentCadence();
        String previous = phases.current();
        long phaseId = phases.set(phase, meeting.id(), decidedBy);
        MeetingCadence.Cadence cadence = schedule.currentCadence();
        decisions.record(meeting.body().id(), processInstanceId, meeting.id(), DecisionRecords.Subject.PHASE, phaseId,
                DecisionRecords.Outcome.PHASE_SET, rationale, null,
                "Fas " + previous + " (" + before.name().toLowerCase(Locale.ROOT) + ") → " + phase + " ("
                        + cadence.name().toLowerCase(Locale.ROOT) + ") enligt beslutstabellen meeting-cadence.",
                decidedBy);
        schedule.rescheduleCoordinationGroup(engine.getManagementService());
    }

    static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
