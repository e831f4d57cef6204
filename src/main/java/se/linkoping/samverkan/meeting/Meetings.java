package se.linkoping.samverkan.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * The meetings of the coordination group, the steering group and the political steering group: called
 * by their timers or on request, their agenda (the matters waiting at their level), what was prepared
 * for them, the tertial analysis's district plans, the coordination group's phase, and when they were
 * held. Rows are found by the process instance that runs the meeting, or by the execution of the task
 * working on a plan, never by a variable a task could change. Each change is one transaction, joined
 * with the engine's when a process makes it: a refusal leaves nothing behind.
 */
@Service("meetings")
@Transactional
public class Meetings {

    static final int TEXT_MAX = 4000;
    static final int REASON_MAX = 2000;
    /** How far back the tertial analysis looks for a district's problems. */
    static final int TERTIAL_WEEKS = 17;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));

    /** A meeting as stored. */
    public record Meeting(long id, MeetingBody body, boolean extra, OffsetDateTime calledAt, String reason,
                          String status) {
    }

    /** A district plan of the tertial analysis, as proposed. */
    public record DistrictPlan(long id, String district, String districtName, String goals, String picture,
                               String actionPlan, String proposedBy, String status) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DecisionRecords decisions;
    private final CoordinationPhases phases;
    private final MeetingSchedule schedule;

    public Meetings(JdbcClient jdbc, Clock clock, DecisionRecords decisions, CoordinationPhases phases,
                    MeetingSchedule schedule) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.decisions = decisions;
        this.phases = phases;
        this.schedule = schedule;
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
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into samverkan.meeting (body, kind, called_at, reason, requested_by, process_instance_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(body.id(), extra ? "EXTRA" : "ORDINARY", now(), why, extra ? requestedBy : null,
                        processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * Asks for an extra meeting of a body: starts its meeting process by its message, unless an extra meeting of that
     * body has been called and has not yet compiled its agenda (the matter will be on that one).
     *
     * @return the process instance of the extra meeting
     */
    public String requestExtra(MeetingBody body, String reason, ProcessEngineServices engine) {
        Optional<String> called = jdbc.sql("""
                        select process_instance_id from samverkan.meeting
                        where body = ? and kind = 'EXTRA' and status = 'CALLED' order by id fetch first 1 rows only""")
                .param(body.id()).query(String.class).optional();
        if (called.isPresent()) {
            return called.get();
        }
        return engine.getRuntimeService().startProcessInstanceByMessage(body.extraMeetingMessage(),
                Variables.putValue("reason", reason)).getId();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql("select id, body, kind, called_at, reason, status from samverkan.meeting where id = ?")
                .param(id).query(this::meeting).optional();
    }

    /** A body's latest meetings, latest first. */
    public List<Meeting> latest(MeetingBody body, int max) {
        return jdbc.sql("""
                        select id, body, kind, called_at, reason, status from samverkan.meeting
                        where body = ? order by called_at desc, id desc fetch first %d rows only""".formatted(max))
                .param(body.id()).query(this::meeting).list();
    }

    private Meeting meeting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Meeting(rs.getLong(1), MeetingBody.of(rs.getString(2)), "EXTRA".equals(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5), rs.getString(6));
    }

    public Meeting of(String processInstanceId) {
        return jdbc.sql("""
                        select id, body, kind, called_at, reason, status from samverkan.meeting
                        where process_instance_id = ?""")
                .param(processInstanceId)
                .query(this::meeting)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No meeting is run by process instance " + processInstanceId));
    }

    /**
     * Puts every matter waiting at the meeting's level on its agenda. Matters raised after this wait
     * for the next meeting.
     *
     * @return how many matters are on the agenda
     */
    public int compileAgenda(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        int matters = jdbc.sql("""
                        update samverkan.matter set status = 'ON_AGENDA', meeting_id = ?
                        where level = ? and status = 'WAITING'""")
                .params(meeting.id(), meeting.body().id()).update();
        jdbc.sql("update samverkan.meeting set status = 'AGENDA', agenda_compiled_at = ? where id = ?")
                .params(now(), meeting.id()).update();
        return matters;
    }

    /** The matters on a meeting's agenda not yet decided there, acute first: one decision task each. */
    public List<Long> agenda(String processInstanceId) {
        return jdbc.sql("""
                        select id from samverkan.matter where meeting_id = ? and status = 'ON_AGENDA'
                        order by acute desc, id""")
                .param(of(processInstanceId).id()).query(Long.class).list();
    }

    /**
     * What the agenda's preparers read: the matters on it, the interventions past their due date and
     * the latest situational picture.
     */
    public String agendaText(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        StringBuilder text = new StringBuilder();
        text.append(meeting.extra() ? "Extra möte" : "Ordinarie möte").append(", ")
                .append(meeting.body().swedishName()).append(", kallat ").append(day(meeting.calledAt())).append('.');
        if (meeting.reason() != null) {
            text.append(" Skäl: ").append(meeting.reason());
        }
        text.append("\n\nÄrenden på dagordningen:");
        List<String> matters = jdbc.sql("""
                        select title, acute, waiting_since from samverkan.matter
                        where meeting_id = ? and status = 'ON_AGENDA' order by acute desc, id""")
                .param(meeting.id())
                .query((rs, row) -> "\n• " + rs.getString(1) + (rs.getBoolean(2) ? " (akut)" : "") + ", väntar sedan "
                        + day(rs.getObject(3, OffsetDateTime.class)))
                .list();
        text.append(matters.isEmpty() ? "\n• Inga ärenden väntar på den här nivån." : String.join("", matters));
        List<String> late = jdbc.sql("""
                        select title, responsible_group, due_date from samverkan.intervention
                        where status = 'ONGOING' and due_date < ? order by due_date""")
                .param(LocalDate.now(clock))
                .query((rs, row) -> "\n• " + rs.getString(1) + " (" + rs.getString(2) + "), skulle vara klar "
                        + rs.getObject(3, LocalDate.class))
                .list();
        text.append("\n\nInsatser efter sitt slutdatum:")
                .append(late.isEmpty() ? "\n• Inga." : String.join("", late));
        text.append("\n\nSenaste lägesbilden: ").append(latestPicture());
        return TextFields.forDisplay(text.toString());
    }

    private String latestPicture() {
        return jdbc.sql("""
                        select week_label, summary from samverkan.situational_picture
                        order by week_start desc fetch first 1 rows only""")
                .query((rs, row) -> rs.getString(1) + (rs.getString(2) == null ? " (ännu inte analyserad)"
                        : ": " + rs.getString(2)))
                .optional().orElse("ingen lägesbild ännu.");
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
        jdbc.sql("""
                        update samverkan.meeting set agenda_notes = ?, agenda_prepared_by = ?, agenda_prepared_at = ?
                        where id = ?""")
                .params(text, preparedBy, now(), of(processInstanceId).id()).update();
    }

    /** The meeting is over: every matter on its agenda has its decision. */
    public void close(String processInstanceId) {
        jdbc.sql("update samverkan.meeting set status = 'HELD', held_at = ? where id = ?")
                .params(now(), of(processInstanceId).id()).update();
    }

    // --- the tertial analysis: district plans proposed by the coordination group, decided by the steering group

    /**
     * The districts the coordination group proposes goals, picture and action plan for at this
     * meeting: at its last ordinary meeting before the steering group meets, those with a confirmed
     * problem of priority 1 or 2 in the last {@value #TERTIAL_WEEKS} weeks or a matter raised there.
     * Empty at other meetings.
     */
    public List<String> tertialDistricts(String processInstanceId) {
        Meeting meeting = of(processInstanceId);
        if (meeting.body() != MeetingBody.COORDINATION_GROUP || meeting.extra()
                || !schedule.lastCoordinationMeetingBeforeSteeringGroup(meeting.calledAt().atZoneSameInstant(clock.getZone()))) {
            return List.of();
        }
        LocalDate since = LocalDate.now(clock).minusWeeks(TERTIAL_WEEKS);
        return jdbc.sql("""
                        select d.code from samverkan.district d
                        where exists (select 1 from samverkan.picture_problem p
                                      join samverkan.situational_picture s on s.id = p.picture_id
                                      where p.district_code = d.code and p.status = 'CONFIRMED' and p.priority <= 2
                                        and s.week_start >= ?)
                           or exists (select 1 from samverkan.matter m
                                      where m.district_code = d.code and m.raised_at >= ?)
                        order by d.sort_order""")
                .params(since, since.atStartOfDay(clock.getZone()).toOffsetDateTime())
                .query(String.class).list();
    }

    /** Ties a district's plan to the execution of the task proposing it, as the task starts. */
    public void assignProposal(String executionId, String processInstanceId, String district) {
        jdbc.sql("""
                        insert into samverkan.district_plan (district_code, proposed_in_meeting, proposal_execution_id)
                        values (?, ?, ?)""")
                .params(district, of(processInstanceId).id(), executionId).update();
    }

    /** What the proposers read about a district: its problems of the period. */
    public String districtFacts(String district) {
        LocalDate since = LocalDate.now(clock).minusWeeks(TERTIAL_WEEKS);
        List<String> lines = jdbc.sql("""
                        select c.name, count(*), min(p.priority), sum(p.reports_this_week)
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        join samverkan.incident_category c on c.code = p.category_code
                        where p.district_code = ? and p.status = 'CONFIRMED' and s.week_start >= ?
                        group by c.name order by min(p.priority), c.name""")
                .params(district, since)
                .query((rs, row) -> "\n• " + rs.getString(1) + ": " + rs.getInt(2) + " veckor i lägesbilden, "
                        + rs.getInt(4) + " rapporter, högsta prioritet " + rs.getInt(3))
                .list();
        return districtName(district) + ", de senaste " + TERTIAL_WEEKS + " veckorna:"
                + (lines.isEmpty() ? "\n• Inga bekräftade problem." : String.join("", lines));
    }

    /**
     * Stores the coordination group's proposal for the district tied to this execution.
     *
     * @throws Refusal when goals, picture or action plan is missing, too long or holds a personal number
     */
    public void proposePlan(String executionId, String goals, String picture, String actionPlan, String proposedBy) {
        List<String> reasons = new ArrayList<>();
        String g = text(goals, "Mål", TEXT_MAX, true, reasons);
        String p = text(picture, "Lägesbild", TEXT_MAX, true, reasons);
        String a = text(actionPlan, "Handlingsplan", TEXT_MAX, true, reasons);
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        int rows = jdbc.sql("""
                        update samverkan.district_plan set goals = ?, picture = ?, action_plan = ?, proposed_by = ?,
                            proposed_at = ?, status = 'PROPOSED'
                        where proposal_execution_id = ?""")
                .params(g, p, a, proposedBy, now(), executionId).update();
        if (rows != 1) {
            throw new IllegalStateException("No district plan is proposed in execution " + executionId);
        }
    }

    /**
     * The plans proposed to the steering group and not yet decided: one approval task each, at its
     * ordinary meetings. An extra meeting is called for acute matters; the plans wait for the next
     * ordinary one (and two meetings never compete for the same plan).
     */
    public List<Long> plansToDecide(String processInstanceId) {
        if (of(processInstanceId).extra()) {
            return List.of();
        }
        return jdbc.sql("select id from samverkan.district_plan where status = 'PROPOSED' order by id")
                .query(Long.class).list();
    }

    /** Ties a plan to the execution of the steering group's task deciding it, as the task starts. */
    public void assignPlanDecision(String executionId, long planId) {
        jdbc.sql("update samverkan.district_plan set decision_execution_id = ? where id = ?")
                .params(executionId, planId).update();
    }

    public DistrictPlan plan(long planId) {
        return jdbc.sql("""
                        select p.id, p.district_code, d.name, p.goals, p.picture, p.action_plan, p.proposed_by, p.status
                        from samverkan.district_plan p join samverkan.district d on d.code = p.district_code
                        where p.id = ?""")
                .param(planId)
                .query((rs, row) -> new DistrictPlan(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .single();
    }

    /** The plan as the steering group reads it in its task (cut to what a form variable holds). */
    public String planText(long planId) {
        return TextFields.forDisplay(planBasis(planId));
    }

    /** The whole plan, as the decision record keeps it. */
    private String planBasis(long planId) {
        DistrictPlan plan = plan(planId);
        return "Förslag från lednings- och samordningsgruppen för " + plan.districtName() + ".\n\nMål: " + plan.goals()
                + "\n\nLägesbild: " + plan.picture() + "\n\nHandlingsplan: " + plan.actionPlan();
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
        if (!"APPROVED".equals(decision) && !"RETURNED".equals(decision)) {
            reasons.add("Välj beslut: fastställ planen eller skicka tillbaka den.");
        }
        if (departmentTask && !"APPROVED".equals(decision)) {
            reasons.add("Ett uppdrag till en förvaltning kan bara ges när planen fastställs: fastställ den eller ta bort uppdraget.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        boolean approve = "APPROVED".equals(decision);
        Meeting meeting = of(processInstanceId);
        long planId = jdbc.sql("""
                        select id from samverkan.district_plan where decision_execution_id = ? and status = 'PROPOSED'""")
                .param(executionId).query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("No plan is decided in execution " + executionId));
        decisions.record(meeting.body().id(), processInstanceId, meeting.id(), DecisionRecords.Subject.DISTRICT_PLAN,
                planId, approve ? DecisionRecords.Outcome.APPROVED : DecisionRecords.Outcome.RETURNED, rationale,
                directive, planBasis(planId), decidedBy);
        jdbc.sql("update samverkan.district_plan set status = ?, decided_in_meeting = ? where id = ?")
                .params(approve ? "APPROVED" : "RETURNED", meeting.id(), planId).update();
        return planId;
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
                        + cadence.name().toLowerCase(Locale.ROOT) + ", " + cadence.interval()
                        + ") enligt beslutstabellen meeting-cadence.", decidedBy);
        schedule.rescheduleCoordinationGroup(engine.getManagementService());
    }

    /** A district's name, for task names. */
    public String districtName(String code) {
        return jdbc.sql("select name from samverkan.district where code = ?").param(code).query(String.class)
                .optional().orElse(code);
    }

    private static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private static String day(OffsetDateTime time) {
        return time.atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm")).format(DAY);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
