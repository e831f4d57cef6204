package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.estweeklycycle.WeeklyCycle;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingBody;

/**
 * What auditors read about matters: a search, and per matter one timeline across every level — the
 * situational picture and the decision tables' inputs and outputs it rested on (from Camunda's decision
 * history), when and by whom it was raised, each decision with who, when, why and on what basis, its
 * interventions with due and actual dates, and the user operations Camunda logged. Read-only, and every
 * query is bounded: searches are paged, histories capped.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** The most rows a search page holds. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The most rows read of any one history (pictures, decision evaluations, operations) for one matter. */
    static final int HISTORY_CAP = 500;
    static final String EST = "EST";

    /** What an auditor searches by; each criterion may be empty. Outcome is the latest decision's. */
    public record MatterSearch(String district, String category, String level, LocalDate from, LocalDate to,
                               String outcome) {
    }

    /** A page of results. */
    public record ResultPage<T>(List<T> items, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** A matter as a search lists it. */
    public record MatterRow(long id, String title, String district, String category, String level, String status,
                            OffsetDateTime raisedAt, String raisedBy, String lastOutcome) {
    }

    /** One line of the timeline: what happened, when, at which level, by whom, why and on what basis. */
    public record Entry(OffsetDateTime at, String level, String kind, String what, String who, String rationale,
                        String basis, Map<String, Object> details) {
    }

    /** A matter's whole history. */
    public record Timeline(MatterRow matter, String description, String origin, List<String> levels,
                           List<Entry> entries) {
    }

    private final JdbcClient jdbc;
    private final HistoryService history;
    private final DecisionRecords decisions;
    private final WeeklyCycle weeklyCycle;
    private final Clock clock;
    private final ZoneId zone;

    public AuditTrail(JdbcClient jdbc, HistoryService history, DecisionRecords decisions, WeeklyCycle weeklyCycle,
                      Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.decisions = decisions;
        this.weeklyCycle = weeklyCycle;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    // --- search

    public ResultPage<MatterRow> search(MatterSearch search, int page, int size) {
        int rows = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int at = Math.max(0, page);
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (present(search.district())) {
            where.append(" and m.district_code = ?");
            params.add(search.district());
        }
        if (present(search.category())) {
            where.append(" and m.category_code = ?");
            params.add(search.category());
        }
        if (present(search.level())) {
            where.append(" and m.level = ?");
            params.add(search.level());
        }
        if (search.from() != null) {
            where.append(" and m.raised_at >= ?");
            params.add(search.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (search.to() != null) {
            where.append(" and m.raised_at < ?");
            params.add(search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        String latest = """
                (select r.outcome from samverkan.decision_record r
                 where r.subject_type = 'MATTER' and r.subject_id = m.id
                 order by r.id desc fetch first 1 rows only)""";
        if (present(search.outcome())) {
            where.append(" and ").append(latest).append(" = ?");
            params.add(search.outcome());
        }
        long total = jdbc.sql("select count(*) from samverkan.matter m" + where).params(params).query(Long.class)
                .single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(at * rows);
        paged.add(rows);
        String select = "select m.id, m.title, d.name, c.name, m.level, m.status, m.raised_at, m.raised_by, "
                + latest + " from samverkan.matter m"
                + " left join samverkan.district d on d.code = m.district_code"
                + " left join samverkan.incident_category c on c.code = m.category_code"
                + where + " order by m.raised_at desc, m.id desc offset ? rows fetch next ? rows only";
        List<MatterRow> items = jdbc.sql(select)
                .params(paged)
                .query((rs, row) -> new MatterRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        levelName(rs.getString(5)), Matters.statusName(rs.getString(6)), rs.getObject(7, OffsetDateTime.class),
                        rs.getString(8), outcomeName(rs.getString(9))))
                .list();
        return new ResultPage<>(items, at, rows, total);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    // --- one matter's timeline

    public Optional<Timeline> timeline(long matterId) {
        Optional<MatterRecord> found = jdbc.sql("""
                        select m.id, m.title, d.name, c.name, m.level, m.status, m.raised_at, m.raised_by, m.description,
                            m.origin, m.district_code, m.category_code, m.process_instance_id, m.closed_at,
                            m.convener_alerted_at, m.convener_action, m.convener, m.intervention_id
                        from samverkan.matter m
                        left join samverkan.district d on d.code = m.district_code
                        left join samverkan.incident_category c on c.code = m.category_code
                        where m.id = ?""")
                .param(matterId)
                .query((rs, row) -> new MatterRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getObject(14, OffsetDateTime.class), rs.getObject(15, OffsetDateTime.class),
                        rs.getString(16), rs.getString(17), (Long) rs.getObject(18, Long.class)))
                .optional();
        return found.map(this::timeline);
    }

    private record MatterRecord(long id, String title, String district, String category, String level, String status,
                                OffsetDateTime raisedAt, String raisedBy, String description, String origin,
                                String districtCode, String categoryCode, String processInstanceId,
                                OffsetDateTime closedAt, OffsetDateTime convenerAlertedAt, String convenerAction,
                                String convener, Long interventionId) {
    }

    private Timeline timeline(MatterRecord m) {
        List<DecisionRecords.Decision> decided = decisions.about(DecisionRecords.Subject.MATTER, m.id());
        List<Entry> entries = new ArrayList<>();
        if (MatterOrigin.EST.name().equals(m.origin())) {
            entries.addAll(picture(m));
        }
        String raisedAt = decided.isEmpty() ? m.level() : decided.get(0).body();
        entries.add(new Entry(m.raisedAt(), levelName(raisedAt), "Ärendet väcks", m.title(), m.raisedBy(), null,
                m.description(), Map.of("ursprung", originName(m.origin()))));
        for (DecisionRecords.Decision d : decided) {
            Map<String, Object> details = new LinkedHashMap<>();
            if (d.meetingId() != null) {
                details.put("möte", meetingName(d.meetingId()));
            }
            if (d.directive() != null) {
                details.put("uppdrag eller prioritering", d.directive());
            }
            entries.add(new Entry(d.decidedAt(), levelName(d.body()), "Beslut: " + d.outcome().swedish(),
                    d.meetingId() == null ? "Beslut utan möte (regel i lägesbilden)" : meetingName(d.meetingId()),
                    d.decidedBy(), d.rationale(), d.basis(), details));
        }
        if (m.convenerAlertedAt() != null) {
            entries.add(new Entry(m.convenerAlertedAt(), levelName(m.level()), "Väntat för länge",
                    "Sammankallande påmindes" + (m.convenerAction() == null ? "" : ": " + m.convenerAction()),
                    m.convener(), null, null, Map.of()));
        }
        entries.addAll(interventions(m));
        List<String> processes = new ArrayList<>();
        if (m.processInstanceId() != null) {
            processes.add(m.processInstanceId());
        }
        processes.addAll(jdbc.sql("""
                        select process_instance_id from samverkan.intervention
                        where (matter_id = ? or id = ?) and process_instance_id is not null""")
                .params(m.id(), m.interventionId()).query(String.class).list());
        entries.addAll(operations(processes));
        if (m.closedAt() != null) {
            entries.add(new Entry(m.closedAt(), levelName(m.level()), "Ärendet avslutas", Matters.statusName(m.status()), null,
                    null, null, Map.of()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        List<String> levels = entries.stream().map(Entry::level).distinct().toList();
        MatterRow row = new MatterRow(m.id(), m.title(), m.district(), m.category(), levelName(m.level()),
                Matters.statusName(m.status()), m.raisedAt(), m.raisedBy(),
                decided.isEmpty() ? null : decided.get(decided.size() - 1).outcome().swedish());
        return new Timeline(row, m.description(), originName(m.origin()), levels, entries);
    }

    /** The weeks of EST's picture of the matter's district and category while it was open, with the tables' evaluations. */
    private List<Entry> picture(MatterRecord m) {
        LocalDate since = m.raisedAt().atZoneSameInstant(zone).toLocalDate().minusWeeks(1);
        OffsetDateTime until = m.closedAt() == null ? OffsetDateTime.now(clock) : m.closedAt();
        record Problem(long id, String week, OffsetDateTime compiledAt, int reports, String trend,
                       int consecutive, Integer priority, String level, String summary, String analysedBy,
                       OffsetDateTime analysedAt) {
        }
        List<Problem> problems = jdbc.sql("""
                        select p.id, s.week_label, s.compiled_at, p.reports_this_week, p.trend,
                            p.consecutive_weeks, p.priority, p.escalation_level, s.summary, s.analysed_by, s.analysed_at
                        from samverkan.picture_problem p join samverkan.situational_picture s on s.id = p.picture_id
                        where p.district_code = ? and p.category_code = ? and p.status = 'CONFIRMED'
                          and s.week_start >= ? and s.compiled_at <= ?
                        order by s.week_start fetch first %d rows only""".formatted(HISTORY_CAP))
                .params(m.districtCode(), m.categoryCode(), since, until)
                .query((rs, row) -> new Problem(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getInt(4), rs.getString(5), rs.getInt(6), (Integer) rs.getObject(7, Integer.class),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
                .list();
        List<Entry> entries = new ArrayList<>();
        for (Problem p : problems) {
            entries.add(new Entry(p.compiledAt(), EST, "Lägesbild " + p.week(), m.district() + ", " + m.category() + ": "
                    + p.reports() + " rapporter, trend " + Trend.valueOf(p.trend()).swedish() + ", " + p.consecutive() + " veckor i följd"
                    + (p.priority() == null ? "" : ", prioritet " + p.priority())
                    + (p.level() == null ? "" : ", nivå " + levelName(p.level())),
                    p.analysedBy(), null, p.summary(), Map.of()));
            for (HistoricDecisionInstance evaluation : evaluations(p.id())) {
                entries.add(dmn(evaluation));
            }
            decisions.about(DecisionRecords.Subject.PROBLEM, p.id()).forEach(d -> entries.add(new Entry(d.decidedAt(),
                    EST, "EST:s beslut: " + d.outcome().swedish(), "Problemet i lägesbilden " + p.week(), d.decidedBy(),
                    d.rationale(), d.basis(), Map.of())));
        }
        return entries;
    }

    /** The decision tables' evaluations for a problem, found by the activity instances the weekly cycle noted. */
    private List<HistoricDecisionInstance> evaluations(long problemId) {
        String[] activityInstances = weeklyCycle.evaluationsOf(problemId).toArray(String[]::new);
        if (activityInstances.length == 0) {
            return List.of();
        }
        return history.createHistoricDecisionInstanceQuery().activityInstanceIdIn(activityInstances)
                .includeInputs().includeOutputs().orderByEvaluationTime().asc().listPage(0, HISTORY_CAP);
    }

    private Entry dmn(HistoricDecisionInstance evaluation) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (HistoricDecisionInputInstance input : evaluation.getInputs()) {
            inputs.put(input.getClauseName() == null ? input.getClauseId() : input.getClauseName(), input.getValue());
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        for (HistoricDecisionOutputInstance output : evaluation.getOutputs()) {
            outputs.put(output.getClauseName() == null ? output.getVariableName() : output.getClauseName(),
                    output.getValue());
            if (!rules.contains(output.getRuleId())) {
                rules.add(output.getRuleId());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("beslutstabell", evaluation.getDecisionDefinitionKey());
        details.put("indata", inputs);
        details.put("utdata", outputs);
        details.put("regler", rules);
        return new Entry(OffsetDateTime.ofInstant(evaluation.getEvaluationTime().toInstant(), zone), EST,
                "Beslutstabell " + evaluation.getDecisionDefinitionKey(),
                evaluation.getDecisionDefinitionName() + ": " + outputs, "regel (" + evaluation.getDecisionDefinitionKey()
                + ")", null, "Indata: " + inputs + ". Regel: " + String.join(", ", rules) + ".", details);
    }

    private List<Entry> interventions(MatterRecord m) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                        select title, responsible_group, due_date, decided_by_body, decided_by, decided_at, status,
                            reported_by, reported_at, result, effect, followed_up_by, followed_up_at, follow_up
                        from samverkan.intervention where matter_id = ? or id = ? order by decided_at, id""")
                .params(m.id(), m.interventionId())
                .query(rs -> {
                    String title = rs.getString(1);
                    String group = OrganisationGroup.byId(rs.getString(2)).map(OrganisationGroup::swedishName)
                            .orElse(rs.getString(2));
                    LocalDate due = rs.getObject(3, LocalDate.class);
                    OffsetDateTime reportedAt = rs.getObject(9, OffsetDateTime.class);
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("ansvarig", group);
                    details.put("klar senast", due.toString());
                    details.put("rapporterad", reportedAt == null ? null
                            : reportedAt.atZoneSameInstant(zone).toLocalDate().toString());
                    boolean late = reportedAt == null ? LocalDate.now(clock).isAfter(due)
                            : reportedAt.atZoneSameInstant(zone).toLocalDate().isAfter(due);
                    details.put("försenad", late);
                    entries.add(new Entry(rs.getObject(6, OffsetDateTime.class), levelName(rs.getString(4)),
                            "Insats beslutad", title + " – " + group + ", klar senast " + due, rs.getString(5), null,
                            null, details));
                    if (reportedAt != null) {
                        entries.add(new Entry(reportedAt, levelName(rs.getString(4)), "Insats genomförd",
                                title + " (klar senast " + due + ", rapporterad "
                                        + reportedAt.atZoneSameInstant(zone).toLocalDate() + (late ? ", försenad" : "")
                                        + ")", rs.getString(8), null, rs.getString(10), details));
                    }
                    OffsetDateTime followedUpAt = rs.getObject(13, OffsetDateTime.class);
                    if (followedUpAt != null) {
                        entries.add(new Entry(followedUpAt, levelName(rs.getString(4)), "Insats följd upp",
                                title + ": effekt " + Interventions.effectName(rs.getString(11)), rs.getString(12), null,
                                rs.getString(14), Map.of()));
                    }
                });
        return entries;
    }

    /** What users did to the matter's and its interventions' processes and tasks, as Camunda logged it. */
    private List<Entry> operations(List<String> processInstanceIds) {
        List<Entry> entries = new ArrayList<>();
        for (String process : processInstanceIds) {
            for (UserOperationLogEntry op : history.createUserOperationLogQuery().processInstanceId(process)
                    .orderByTimestamp().asc().listPage(0, HISTORY_CAP)) {
                Map<String, Object> details = new LinkedHashMap<>();
                details.put("åtgärd", op.getOperationType());
                details.put("objekt", op.getEntityType());
                if (op.getProperty() != null) {
                    details.put("egenskap", op.getProperty());
                    details.put("före", op.getOrgValue());
                    details.put("efter", op.getNewValue());
                }
                if (op.getTaskId() != null) {
                    details.put("uppgift", op.getTaskId());
                }
                entries.add(new Entry(OffsetDateTime.ofInstant(op.getTimestamp().toInstant(), zone), "Camunda",
                        "Användaråtgärd: " + op.getOperationType(), op.getEntityType()
                        + (op.getProperty() == null ? "" : " " + op.getProperty() + ": " + op.getOrgValue() + " → "
                        + op.getNewValue()), op.getUserId(), null, null, details));
            }
        }
        return entries;
    }

    private String meetingName(long meetingId) {
        return jdbc.sql("select body, kind, called_at from samverkan.meeting where id = ?").param(meetingId)
                .query((rs, row) -> ("EXTRA".equals(rs.getString(2)) ? "Extra möte" : "Möte") + " i "
                        + levelName(rs.getString(1)).toLowerCase(java.util.Locale.forLanguageTag("sv")) + " "
                        + rs.getObject(3, OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate())
                .optional().orElse("möte " + meetingId);
    }

    // --- Swedish names of codes

    static String levelName(String level) {
        if (level == null) {
            return null;
        }
        if ("est".equals(level) || EST.equals(level)) {
            return EST;
        }
        return MeetingBody.byId(level).map(MeetingBody::swedishName).orElse(level);
    }


    static String outcomeName(String outcome) {
        return outcome == null ? null : DecisionRecords.Outcome.valueOf(outcome).swedish();
    }

    static String originName(String origin) {
        return MatterOrigin.nameOf(origin);
    }


}
