package se.linkoping.samverkan.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.decision.DecisionRecords.Subject;
import se.linkoping.samverkan.estweeklycycle.PictureProblem;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.forms.TextFields;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.meeting.Meetings;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Matters (ärenden) and their way up the escalation chain: raised at a level, put on that body's next
 * meeting's agenda, decided there — handled, escalated to the next level, or closed — and escalated by
 * rule when the weekly picture says a problem persists. Each step is checked whole and stored, or
 * refused with Swedish reasons and nothing stored. A matter's process finds its row by its process
 * instance; a meeting's decision task finds its matter by its execution. Each change is one
 * transaction, joined with the engine's when a process makes it.
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
    static final String RULE = "regel (escalation-level)";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", SWEDISH);

    /** Where a matter came from. */
    public enum Origin { EST, BODY, OVERDUE_INTERVENTION }

    /** A matter as raised, before anything is checked. Level, district and category are codes. */
    public record NewMatter(String title, String description, String level, String district, String category,
                            boolean acute) {
    }

    /** A stored matter. */
    public record Matter(long id, String title, String description, String district, String category,
                         MeetingBody level, boolean acute, Origin origin, Long problemId, Long interventionId,
                         String status, Long meetingId, OffsetDateTime raisedAt, String raisedBy,
                         OffsetDateTime waitingSince, String processInstanceId) {
    }

    /** What a meeting decided on a matter, before anything is checked. */
    public record MatterDecision(String outcome, String rationale, String directive, boolean intervention) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DecisionRecords decisions;
    private final Meetings meetings;
    private final ReferenceData referenceData;
    private final WeeklyCycle weeklyCycle;

    public Matters(JdbcClient jdbc, Clock clock, DecisionRecords decisions, Meetings meetings,
                   ReferenceData referenceData, WeeklyCycle weeklyCycle) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.decisions = decisions;
        this.meetings = meetings;
        this.referenceData = referenceData;
        this.weeklyCycle = weeklyCycle;
    }

    // --- raising

    /**
     * Checks and stores a matter and starts its process, which waits for the level's next meeting.
     *
     * @return its id
     * @throws Refusal with every reason when anything is wrong
     */
    public long raise(NewMatter matter, Origin origin, Long problemId, Long interventionId, String raisedBy,
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
        if (businessKey != null && businessKey.matches(java.util.regex.Pattern.quote(BUSINESS_KEY_PREFIX) + "\\d{1,18}")) {
            long id = Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
            int rows = jdbc.sql("""
                            update samverkan.matter set process_instance_id = ?
                            where id = ? and process_instance_id is null""")
                    .params(processInstanceId, id).update();
            if (rows == 1) {
                return id;
            }
        }
        return insert(fromForm, Origin.BODY, null, null, raisedBy, processInstanceId);
    }

    private long insert(NewMatter matter, Origin origin, Long problemId, Long interventionId, String raisedBy,
                        String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        String title = text(matter.title(), "Rubrik", TITLE_MAX, true, reasons);
        String description = text(matter.description(), "Beskrivning", TEXT_MAX, origin == Origin.BODY, reasons);
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
        KeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = now();
        jdbc.sql("""
                        insert into samverkan.matter (title, description, district_code, category_code, level, acute,
                            origin, problem_id, intervention_id, raised_by, raised_at, waiting_since, process_instance_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(title, description, district, category, matter.level(), matter.acute(), origin.name(),
                        problemId, interventionId, raisedBy, now, now, processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * A problem of the weekly picture that the decision tables put above EST's mandate. Without an open
     * matter on the same district and category it becomes one, at the level the table gave (acute when
     * its priority is 1). With one waiting at a lower level, that matter escalates by rule: the problem
     * persists. With one at that level or higher, or on an agenda now, the meeting decides it.
     *
     * @return the matter that carries the problem
     */
    public long raiseForProblem(long problemId, String level, String raisedBy, ProcessEngineServices engine) {
        PictureProblem problem = weeklyCycle.problem(problemId);
        MeetingBody target = MeetingBody.byId(level)
                .orElseThrow(() -> new IllegalArgumentException("Not a level above EST: " + level));
        Optional<Matter> open = jdbc.sql(select() + """
                         where m.district_code = ? and m.category_code = ? and m.status in ('WAITING', 'ON_AGENDA')
                         order by m.id desc fetch first 1 rows only""")
                .params(problem.district(), problem.category()).query(this::matter).optional();
        if (open.isEmpty()) {
            String description = "Från EST:s lägesbild: " + weeklyCycle.facts(problemId) + " Prioritet "
                    + problem.priority() + ", " + problem.weeksPersisting() + " veckor med hög prioritet.";
            return raise(new NewMatter(problem.area(), description, target.id(), problem.district(),
                    problem.category(), problem.priority() != null && problem.priority() == 1),
                    Origin.EST, problemId, null, raisedBy, engine);
        }
        Matter matter = open.get();
        if ("WAITING".equals(matter.status()) && matter.level().compareTo(target) < 0) {
            decisions.record(matter.level().id(), matter.processInstanceId(), null, Subject.MATTER, matter.id(),
                    Outcome.ESCALATED, "Eskalerat enligt regel: problemet har kvarstått i " + problem.weeksPersisting()
                            + " veckor med prioritet " + problem.priority() + " och beslutstabellen escalation-level "
                            + "placerar det hos " + target.swedishName() + ".",
                    null, "Lägesbilden: " + problem.area() + ", " + weeklyCycle.facts(problemId), RULE);
            jdbc.sql("""
                            update samverkan.matter set level = ?, problem_id = ?, waiting_since = ?, meeting_id = null,
                                decision_execution_id = null
                            where id = ?""")
                    .params(target.id(), problemId, now(), matter.id()).update();
            tellProcess(matter, engine);
        }
        return matter.id();
    }

    /**
     * An intervention late by the margin becomes a matter for the coordination group, which leads and
     * follows up the interventions.
     *
     * @return the matter's id
     */
    public long raiseForOverdueIntervention(String interventionProcessInstanceId, ProcessEngineServices engine) {
        record Late(long id, String title, String group, LocalDate due, String body, String district,
                    String category) {
        }
        Late late = jdbc.sql("""
                        select i.id, i.title, i.responsible_group, i.due_date, i.decided_by_body, p.district_code,
                            p.category_code
                        from samverkan.intervention i left join samverkan.picture_problem p on p.id = i.problem_id
                        where i.process_instance_id = ?""")
                .param(interventionProcessInstanceId)
                .query((rs, row) -> new Late(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .single();
        jdbc.sql("update samverkan.intervention set overdue_at = ? where id = ?").params(now(), late.id()).update();
        String title = "Försenad insats: " + late.title();
        return raise(new NewMatter(title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title,
                        "Insatsen skulle ha varit genomförd " + late.due() + " av " + late.group() + ". Den beslutades av "
                                + late.body() + " och är ännu inte rapporterad.",
                        MeetingBody.COORDINATION_GROUP.id(), late.district(), late.category(), false),
                Origin.OVERDUE_INTERVENTION, null, late.id(), "system", engine);
    }

    // --- reading

    public Matter get(long id) {
        return jdbc.sql(select() + " where m.id = ?").param(id).query(this::matter).optional()
                .orElseThrow(() -> new IllegalArgumentException("No matter " + id));
    }

    /** The matter a process instance runs, for the expressions of {@code matter}. */
    public Matter of(String processInstanceId) {
        return jdbc.sql(select() + " where m.process_instance_id = ?").param(processInstanceId).query(this::matter)
                .optional()
                .orElseThrow(() -> new IllegalStateException("No matter is run by process instance " + processInstanceId));
    }

    /** The latest decision on the matter a process runs, for its gateway: HANDLED, ESCALATED or CLOSED. */
    public String lastOutcome(String processInstanceId) {
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, of(processInstanceId).id());
        if (decided.isEmpty()) {
            throw new IllegalStateException("The matter of " + processInstanceId + " has no decision");
        }
        return decided.get(decided.size() - 1).outcome().name();
    }

    /** What the deciding body and the convener read: the matter, where it came from, what was decided. */
    public String facts(long id) {
        return TextFields.forDisplay(allFacts(id));
    }

    private String allFacts(long id) {
        Matter m = get(id);
        StringBuilder text = new StringBuilder();
        text.append(m.title()).append(m.acute() ? " (akut)" : "").append("\nNivå: ").append(m.level().swedishName())
                .append(". Väckt ").append(day(m.raisedAt())).append(" av ").append(m.raisedBy()).append(" (")
                .append(switch (m.origin()) {
                    case EST -> "från EST:s lägesbild";
                    case BODY -> "av ett organ eller en enhet";
                    case OVERDUE_INTERVENTION -> "försenad insats";
                }).append("). Väntar sedan ").append(day(m.waitingSince())).append('.');
        if (m.description() != null) {
            text.append("\n\n").append(m.description());
        }
        List<DecisionRecords.Decision> decided = decisions.about(Subject.MATTER, id);
        if (!decided.isEmpty()) {
            text.append("\n\nTidigare beslut:");
            for (DecisionRecords.Decision d : decided) {
                text.append("\n• ").append(day(d.decidedAt())).append(", ")
                        .append(MeetingBody.byId(d.body()).map(MeetingBody::swedishName).orElse(d.body())).append(": ")
                        .append(d.outcome().swedish().toLowerCase(SWEDISH)).append(" – ").append(d.rationale()).append(" (")
                        .append(d.decidedBy()).append(')');
            }
        }
        return text.toString();
    }

    /** {@link #facts} of the matter a process instance runs. */
    public String factsOf(String processInstanceId) {
        return facts(of(processInstanceId).id());
    }

    // --- deciding at a meeting

    /** Ties a matter on the agenda to the execution of the meeting's task deciding it, as the task starts. */
    public void assignDecision(String executionId, long matterId) {
        jdbc.sql("update samverkan.matter set decision_execution_id = ? where id = ?").params(executionId, matterId)
                .update();
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
        Meetings.Meeting meeting = meetings.of(meetingProcessInstanceId);
        Matter matter = jdbc.sql(select() + " where m.decision_execution_id = ? and m.meeting_id = ?")
                .params(executionId, meeting.id()).query(this::matter).optional()
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
        if (!"ON_AGENDA".equals(matter.status())) {
            reasons.add("Ärendet är redan beslutat.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        decisions.record(meeting.body().id(), meetingProcessInstanceId, meeting.id(), Subject.MATTER, matter.id(),
                outcome, decision.rationale(), decision.directive(), basis(matter), decidedBy);
        if (outcome == Outcome.ESCALATED) {
            jdbc.sql("""
                            update samverkan.matter set level = ?, status = 'WAITING', meeting_id = null,
                                decision_execution_id = null, waiting_since = ?
                            where id = ?""")
                    .params(next.orElseThrow().id(), now(), matter.id()).update();
        } else {
            jdbc.sql("update samverkan.matter set status = ?, closed_at = ? where id = ?")
                    .params(outcome.name(), now(), matter.id()).update();
        }
        tellProcess(matter, engine);
        return matter;
    }

    /**
     * Tells the matter's process that it was decided. A process an administrator deleted must not hold
     * the meeting up: the decision stands, and nothing else is told (never every waiting matter).
     */
    private static void tellProcess(Matter matter, ProcessEngineServices engine) {
        if (matter.processInstanceId() == null) {
            return;
        }
        engine.getRuntimeService().createMessageCorrelation(DECIDED_MESSAGE)
                .processInstanceId(matter.processInstanceId()).correlateAll();
    }

    private String basis(Matter matter) {
        String basis = allFacts(matter.id());
        if (matter.problemId() != null) {
            PictureProblem p = weeklyCycle.problem(matter.problemId());
            basis += "\n\nLägesbilden: " + p.area() + ", " + weeklyCycle.facts(p.id()) + " Prioritet " + p.priority()
                    + " (problem-priority), nivå " + p.escalationLevel() + " (escalation-level), " + p.weeksPersisting()
                    + " veckor med hög prioritet.";
        }
        return basis.length() > TEXT_MAX ? basis.substring(0, TEXT_MAX) : basis;
    }

    // --- waiting too long

    /**
     * Stores what the convener did about a matter that waited longer than its body's cadence allows.
     *
     * @return whether an extra meeting is asked for
     * @throws Refusal when no choice is made or the comment is refused
     */
    public boolean convenerAction(String processInstanceId, String action, String comment, String convener) {
        List<String> reasons = new ArrayList<>();
        if (!"EXTRA_MEETING".equals(action) && !"NEXT_MEETING".equals(action)) {
            reasons.add("Välj om ärendet ska tas upp på ett extra möte eller på nästa ordinarie möte.");
        }
        String text = text(comment, "Kommentar", 2000, false, reasons);
        if ("EXTRA_MEETING".equals(action) && "ON_AGENDA".equals(of(processInstanceId).status())) {
            reasons.add("Ärendet står redan på dagordningen för ett möte som pågår: ett extra möte skulle inte ta upp "
                    + "det. Välj nästa ordinarie möte, eller skynda på beslutet på det pågående mötet.");
        }
        if (!reasons.isEmpty()) {
            throw new Refusal(reasons);
        }
        jdbc.sql("""
                        update samverkan.matter set convener_alerted_at = ?, convener_action = ?, convener = ?
                        where process_instance_id = ?""")
                .params(now(), ("EXTRA_MEETING".equals(action) ? "Extra möte begärt." : "Tas upp på nästa ordinarie möte.")
                        + (text == null ? "" : " " + text), convener, processInstanceId)
                .update();
        return "EXTRA_MEETING".equals(action);
    }

    /** The Swedish name of a stored matter status. */
    public static String statusName(String status) {
        return switch (status == null ? "" : status) {
            case "WAITING" -> "Väntar på möte";
            case "ON_AGENDA" -> "På dagordningen";
            case "HANDLED" -> "Hanteras";
            case "CLOSED" -> "Avslutat";
            default -> status;
        };
    }

    /** Asks for an extra meeting at the matter's level: acute, or waiting too long. */
    public String requestExtraMeeting(String processInstanceId, String why, ProcessEngineServices engine) {
        Matter matter = of(processInstanceId);
        return meetings.requestExtra(matter.level(), why + ": " + matter.title(), engine);
    }

    // --- helpers

    private static String select() {
        return """
                select m.id, m.title, m.description, m.district_code, m.category_code, m.level, m.acute, m.origin,
                    m.problem_id, m.intervention_id, m.status, m.meeting_id, m.raised_at, m.raised_by, m.waiting_since,
                    m.process_instance_id
                from samverkan.matter m
                """;
    }

    private Matter matter(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Matter(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                MeetingBody.of(rs.getString(6)), rs.getBoolean(7), Origin.valueOf(rs.getString(8)),
                rs.getObject(9, Long.class), rs.getObject(10, Long.class), rs.getString(11), rs.getObject(12, Long.class),
                rs.getObject(13, OffsetDateTime.class), rs.getString(14), rs.getObject(15, OffsetDateTime.class),
                rs.getString(16));
    }

    private static String text(String value, String label, int max, boolean required, List<String> reasons) {
        return TextFields.checked(value, label, max, required, reasons);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String day(OffsetDateTime time) {
        return time.atZoneSameInstant(STOCKHOLM).format(DAY);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
