package se.linkoping.samverkan.yearlyreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.cooperationagreement.AgreementRecords;
import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.referencedata.ReferenceEntry;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Compiles the {@link YearlyReport} of a calendar year (Europe/Stockholm) from the application's tables:
 * incident reports, EST's weekly pictures, matters, district plans, the cooperation agreement, interventions
 * and decision records. Read-only, and every query is bounded: by grouping, or by the caps below.
 */
@Service
@Transactional(readOnly = true)
public class YearlyReports {

    /** The years a report can be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The most rows read for a year's totals (interventions, matters, weeks). */
    static final int CAP = 5000;
    static final int MAX_PRIORITISED = 10;
    /** EST's summaries shown: the latest ones, and those of weeks with an acute problem, up to the maximum. */
    static final int LATEST_SUMMARIES = 8;
    static final int MAX_SUMMARIES = 20;
    static final int MAX_MATTERS_ABOVE = 25;
    static final int MAX_PLANS = 100;
    static final int MAX_AGREEMENTS = 5;
    static final int MAX_PROMISE_FOLLOW_UPS = 20;
    static final int MAX_INTERVENTIONS = 100;
    /** Each list of decisions (the meetings', EST's) shows at most this many. */
    static final int MAX_DECISIONS = 500;

    static final String EST = "est";
    static final String EST_NAME = "EST-arbetsgruppen";

    private final JdbcClient jdbc;
    private final AgreementRecords agreements;
    private final ReferenceData referenceData;
    private final Clock clock;
    private final ZoneId zone;

    public YearlyReports(JdbcClient jdbc, AgreementRecords agreements, ReferenceData referenceData, Clock clock) {
        this.jdbc = jdbc;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /**
     * The year asked for, or this year when none is given.
     *
     * @throws Refusal (bad input) outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
     */
    int yearOrThisYear(Integer year) {
        int asked = year == null ? LocalDate.now(clock).getYear() : year;
        if (asked < FIRST_YEAR || asked > LAST_YEAR) {
            throw Refusal.badInput(
                    "Årsrapporten finns för åren " + FIRST_YEAR + "–" + LAST_YEAR + ", inte för " + asked + ".");
        }
        return asked;
    }

    /** The report of a calendar year. */
    public YearlyReport of(int year) {
        Span span = new Span(LocalDate.of(year, 1, 1), zone);
        Picture picture = picture(span);
        return new YearlyReport(year, span.firstDay(), span.lastDay(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES), picture.toReport(),
                analysis(span, picture.weeks()), actionPlan(span), followUp(span), decisions(span));
    }

    /** A calendar year: its first day and the instants it starts and ends (exclusive). */
    private record Span(LocalDate firstDay, ZoneId zone) {

        LocalDate lastDay() {
            return firstDay.plusYears(1).minusDays(1);
        }

        LocalDate nextFirstDay() {
            return firstDay.plusYears(1);
        }

        OffsetDateTime start() {
            return firstDay.atStartOfDay(zone).toOffsetDateTime();
        }

        OffsetDateTime end() {
            return firstDay.plusYears(1).atStartOfDay(zone).toOffsetDateTime();
        }

        OffsetDateTime previousStart() {
            return firstDay.minusYears(1).atStartOfDay(zone).toOffsetDateTime();
        }
    }

    // --- 1. lägesbild

    private record Picture(long reports, long previous, List<YearlyReport.Count> byCategory,
                           List<YearlyReport.Count> byDistrict, List<YearlyReport.WeekRow> weeks,
                           List<YearlyReport.PrioritisedProblem> prioritised) {

        YearlyReport.Picture toReport() {
            return new YearlyReport.Picture(reports, previous, byCategory, byDistrict, weeks, prioritised);
        }
    }

    private Picture picture(Span span) {
        List<YearlyReport.Count> byCategory = counts(span, "samverkan.incident_category", "category_code");
        List<YearlyReport.Count> byDistrict = counts(span, "samverkan.district", "district_code");
        long reports = byCategory.stream().mapToLong(YearlyReport.Count::reports).sum();
        long previous = byCategory.stream().mapToLong(YearlyReport.Count::previousYear).sum();
        return new Picture(reports, previous, byCategory, byDistrict, weeks(span), prioritised(span));
    }

    /** Reports per category or district (one row per code: bounded by the reference data). */
    private List<YearlyReport.Count> counts(Span span, String table, String column) {
        return jdbc.sql("""
                        select x.code, x.name,
                            sum(case when r.occurred_at >= ? then 1 else 0 end) as this_year,
                            sum(case when r.occurred_at < ? then 1 else 0 end) as previous_year
                        from samverkan.incident_report r join %s x on x.code = r.%s
                        where r.occurred_at >= ? and r.occurred_at < ?
                        group by x.code, x.name, x.sort_order
                        order by this_year desc, x.sort_order""".formatted(table, column))
                .params(span.start(), span.start(), span.previousStart(), span.end())
                .query((rs, row) -> new YearlyReport.Count(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }

    /** The weeks of EST's picture that start in the year, oldest first. */
    private List<YearlyReport.WeekRow> weeks(Span span) {
        record Raw(LocalDate start, String label, boolean analysed, long reports, long rising, long falling,
                   long prioritised, Integer top) {
        }
        List<Raw> raw = jdbc.sql("""
                        select s.week_start, s.week_label, case when s.analysed_at is null then 0 else 1 end,
                            coalesce(sum(case when p.place is null then p.reports_this_week else 0 end), 0),
                            sum(case when p.place is null and p.trend = 'RISING' then 1 else 0 end),
                            sum(case when p.place is null and p.trend = 'FALLING' then 1 else 0 end),
                            sum(case when p.status = 'CONFIRMED' and p.priority <= 2 then 1 else 0 end),
                            min(case when p.status = 'CONFIRMED' then p.priority end)
                        from samverkan.situational_picture s
                        left join samverkan.picture_problem p on p.picture_id = s.id
                        where s.week_start >= ? and s.week_start < ?
                        group by s.id, s.week_start, s.week_label, s.analysed_at
                        order by s.week_start fetch first 60 rows only""")
                .params(span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new Raw(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getInt(3) == 1,
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getObject(8, Integer.class)))
                .list();
        List<YearlyReport.WeekRow> weeks = new ArrayList<>();
        Long before = null;
        for (Raw w : raw) {
            String change = before == null ? "" : w.reports() > before ? "ökar" : w.reports() < before ? "minskar"
                    : "oförändrat";
            weeks.add(new YearlyReport.WeekRow(w.start(), w.label(), w.reports(), change, w.rising(), w.falling(),
                    w.prioritised(), w.top(), w.analysed()));
            before = w.reports();
        }
        return weeks;
    }

    /** The problems EST confirmed and prioritised highest in the year, and for how many weeks. */
    private List<YearlyReport.PrioritisedProblem> prioritised(Span span) {
        return jdbc.sql("""
                        select d.name, c.name, p.place, min(p.priority) as best, count(*) as weeks,
                            sum(p.reports_this_week) as reports, max(p.consecutive_weeks)
                        from samverkan.picture_problem p
                        join samverkan.situational_picture s on s.id = p.picture_id
                        join samverkan.district d on d.code = p.district_code
                        join samverkan.incident_category c on c.code = p.category_code
                        where s.week_start >= ? and s.week_start < ? and p.status = 'CONFIRMED'
                          and p.priority is not null
                        group by d.name, c.name, p.place, d.sort_order, c.sort_order
                        order by best, weeks desc, reports desc, d.sort_order, c.sort_order
                        fetch first %d rows only""".formatted(MAX_PRIORITISED))
                .params(span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new YearlyReport.PrioritisedProblem(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6), rs.getInt(7)))
                .list();
    }

    // --- 2. analys

    private YearlyReport.Analysis analysis(Span span, List<YearlyReport.WeekRow> weeks) {
        List<YearlyReport.Summary> written = jdbc.sql("""
                        select s.week_start, s.week_label, s.summary, s.analysed_by, s.analysed_at,
                            (select min(p.priority) from samverkan.picture_problem p
                             where p.picture_id = s.id and p.status = 'CONFIRMED')
                        from samverkan.situational_picture s
                        where s.week_start >= ? and s.week_start < ? and s.summary is not null
                        order by s.week_start desc fetch first 60 rows only""")
                .params(span.firstDay(), span.nextFirstDay())
                .query((rs, row) -> new YearlyReport.Summary(rs.getObject(1, LocalDate.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), day(rs, 5), Integer.valueOf(1).equals(rs.getObject(6, Integer.class))))
                .list();
        List<YearlyReport.Summary> shown = new ArrayList<>();
        for (int i = 0; i < written.size() && shown.size() < MAX_SUMMARIES; i++) {
            if (i < LATEST_SUMMARIES || written.get(i).acute()) {
                shown.add(written.get(i));
            }
        }
        shown.sort(Comparator.comparing(YearlyReport.Summary::weekStart));
        int analysed = (int) weeks.stream().filter(YearlyReport.WeekRow::analysed).count();
        return new YearlyReport.Analysis(weeks.size(), analysed, shown, written.size(), levels(span),
                mattersAbove(span), mattersAboveTotal(span));
    }

    /**
     * Per level: the matters raised there in the year (where its first decision was taken, or where it
     * waits), the level's decisions on matters in the year by outcome, and those still open there.
     */
    private List<YearlyReport.LevelRow> levels(Span span) {
        record Raised(String at, String level, String status) {
        }
        List<Raised> raised = jdbc.sql("""
                        select coalesce((select r.body from samverkan.decision_record r
                                         where r.subject_type = 'MATTER' and r.subject_id = m.id
                                         order by r.id fetch first 1 rows only), m.level),
                            m.level, m.status
                        from samverkan.matter m where m.raised_at >= ? and m.raised_at < ?
                        fetch first %d rows only""".formatted(CAP))
                .params(span.start(), span.end())
                .query((rs, row) -> new Raised(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Map<String, Map<String, Long>> decided = new LinkedHashMap<>();
        jdbc.sql("""
                        select body, outcome, count(*) from samverkan.decision_record
                        where subject_type = 'MATTER' and decided_at >= ? and decided_at < ?
                        group by body, outcome""")
                .params(span.start(), span.end())
                .query(rs -> {
                    decided.computeIfAbsent(rs.getString(1), b -> new LinkedHashMap<>()).put(rs.getString(2), rs.getLong(3));
                });
        if (raised.isEmpty() && decided.isEmpty()) {
            return List.of();
        }
        List<YearlyReport.LevelRow> rows = new ArrayList<>();
        for (MeetingBody body : MeetingBody.values()) {
            Map<String, Long> outcomes = decided.getOrDefault(body.id(), Map.of());
            rows.add(new YearlyReport.LevelRow(body.id(), body.swedishName(),
                    raised.stream().filter(m -> body.id().equals(m.at())).count(),
                    outcomes.getOrDefault("HANDLED", 0L), outcomes.getOrDefault("ESCALATED", 0L),
                    outcomes.getOrDefault("CLOSED", 0L),
                    raised.stream().filter(m -> body.id().equals(m.level())
                            && MatterStatus.byCode(m.status()).filter(MatterStatus::isOpen).isPresent()).count()));
        }
        return rows;
    }

    private static final String ABOVE = """
            from samverkan.matter m
            left join samverkan.district d on d.code = m.district_code
            left join samverkan.incident_category c on c.code = m.category_code
            where m.raised_at >= ? and m.raised_at < ? and m.level in ('steering-group', 'political-steering-group')
            """;

    /** The year's matters that reached the steering group or the political steering group. */
    private List<YearlyReport.MatterRow> mattersAbove(Span span) {
        return jdbc.sql("select m.id, m.title, d.name, c.name, m.level, m.status, m.raised_at, m.acute " + ABOVE
                        + " order by m.raised_at, m.id fetch first %d rows only".formatted(MAX_MATTERS_ABOVE))
                .params(span.start(), span.end())
                .query((rs, row) -> new YearlyReport.MatterRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), levelName(rs.getString(5)), Matters.statusName(rs.getString(6)), day(rs, 7),
                        rs.getBoolean(8)))
                .list();
    }

    private long mattersAboveTotal(Span span) {
        return jdbc.sql("select count(*) " + ABOVE).params(span.start(), span.end()).query(Long.class).single();
    }

    // --- 3. åtgärdsplan

    private YearlyReport.ActionPlan actionPlan(Span span) {
        List<YearlyReport.DistrictPlan> plans = jdbc.sql("""
                        select p.id, d.name, p.goals, p.picture, p.action_plan, p.proposed_by, r.decided_at,
                            r.decided_by, r.rationale, r.directive
                        from samverkan.decision_record r
                        join samverkan.district_plan p on p.id = r.subject_id
                        join samverkan.district d on d.code = p.district_code
                        where r.subject_type = 'DISTRICT_PLAN' and r.outcome = 'APPROVED'
                          and r.decided_at >= ? and r.decided_at < ?
                        order by d.sort_order, r.decided_at, r.id fetch first %d rows only""".formatted(MAX_PLANS))
                .params(span.start(), span.end())
                .query((rs, row) -> new YearlyReport.DistrictPlan(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), day(rs, 7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .list();
        long returned = jdbc.sql("""
                        select count(*) from samverkan.decision_record
                        where subject_type = 'DISTRICT_PLAN' and outcome = 'RETURNED' and decided_at >= ? and decided_at < ?""")
                .params(span.start(), span.end()).query(Long.class).single();
        Set<String> planned = new HashSet<>();
        plans.forEach(p -> planned.add(p.district()));
        List<String> without = referenceData.districts().stream().map(ReferenceEntry::name)
                .filter(name -> !planned.contains(name)).toList();
        return new YearlyReport.ActionPlan(plans, returned, without, agreements(span));
    }

    /** The cooperation agreements published before the year ended, not superseded before it began, whose period reaches into it. */
    private List<YearlyReport.Agreement> agreements(Span span) {
        return agreements.inForceDuring(span.start(), span.end(), MAX_AGREEMENTS).stream()
                .map(a -> new YearlyReport.Agreement(a.id(), a.periodStart(), a.periodEnd(), a.focusProblems(),
                        a.probableCauses(), a.goals(), a.documentation(), a.citizenPromise(), day(a.decidedAt()),
                        day(a.publishedAt()), day(a.supersededAt())))
                .toList();
    }

    // --- 4. uppföljning

    private YearlyReport.FollowUp followUp(Span span) {
        record Raw(String group, LocalDate due, LocalDate reported, String effect) {
        }
        List<Raw> raw = jdbc.sql("""
                        select responsible_group, due_date, reported_at, effect from samverkan.intervention
                        where decided_at >= ? and decided_at < ? order by decided_at, id fetch first %d rows only"""
                        .formatted(CAP))
                .params(span.start(), span.end())
                .query((rs, row) -> new Raw(rs.getString(1), rs.getObject(2, LocalDate.class), day(rs, 3),
                        rs.getString(4)))
                .list();
        LocalDate today = LocalDate.now(clock);
        long onTime = raw.stream().filter(i -> i.reported() != null && !i.reported().isAfter(i.due())).count();
        long late = raw.stream().filter(i -> i.reported() != null && i.reported().isAfter(i.due())).count();
        long ongoing = raw.stream().filter(i -> i.reported() == null).count();
        long overdue = raw.stream().filter(i -> i.reported() == null && today.isAfter(i.due())).count();
        YearlyReport.InterventionTotals totals = new YearlyReport.InterventionTotals(raw.size(), onTime, late, ongoing,
                overdue, raw.stream().filter(i -> "GOOD".equals(i.effect())).count(),
                raw.stream().filter(i -> "PARTLY".equals(i.effect())).count(),
                raw.stream().filter(i -> "NONE".equals(i.effect())).count(),
                raw.stream().filter(i -> i.effect() == null).count());
        Map<String, List<Raw>> byGroup = new LinkedHashMap<>();
        raw.forEach(i -> byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        List<YearlyReport.GroupRow> groups = byGroup.entrySet().stream()
                .map(e -> new YearlyReport.GroupRow(e.getKey(), groupName(e.getKey()), e.getValue().size(),
                        e.getValue().stream().filter(i -> i.reported() != null && !i.reported().isAfter(i.due())).count(),
                        e.getValue().stream().filter(i -> i.reported() != null && i.reported().isAfter(i.due())).count(),
                        e.getValue().stream().filter(i -> i.reported() == null).count()))
                .sorted(Comparator.comparing(YearlyReport.GroupRow::decided).reversed()
                        .thenComparing(YearlyReport.GroupRow::name))
                .toList();
        List<YearlyReport.InterventionRow> listed = jdbc.sql("""
                        select id, title, responsible_group, decided_by_body, decided_at, due_date, reported_at, effect,
                            result, follow_up
                        from samverkan.intervention where decided_at >= ? and decided_at < ?
                        order by decided_at, id fetch first %d rows only""".formatted(MAX_INTERVENTIONS))
                .params(span.start(), span.end())
                .query((rs, row) -> {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    LocalDate reported = day(rs, 7);
                    return new YearlyReport.InterventionRow(rs.getLong(1), rs.getString(2), groupName(rs.getString(3)),
                            levelName(rs.getString(4)), day(rs, 5), due, reported, timeliness(due, reported, today),
                            effectName(rs.getString(8)), rs.getString(9), rs.getString(10));
                })
                .list();
        List<YearlyReport.PromiseFollowUp> promise = agreements.followUpsDuring(span.start(), span.end(),
                        MAX_PROMISE_FOLLOW_UPS).stream()
                .map(f -> new YearlyReport.PromiseFollowUp(day(f.followedUpAt()), f.status().swedish(), f.summary()))
                .toList();
        return new YearlyReport.FollowUp(totals, groups, listed, promise);
    }

    static String timeliness(LocalDate due, LocalDate reported, LocalDate today) {
        if (reported == null) {
            return today.isAfter(due) ? "Pågår, försenad" : "Pågår";
        }
        return reported.isAfter(due) ? "Genomförd försenad" : "Genomförd i tid";
    }

    // --- 5. beslut

    private static final String DECISIONS = """
            select r.id, r.decided_at, r.body, r.subject_type, r.outcome, r.rationale, r.directive, r.decided_by,
                m.title, pd.name, ppd.name, ppc.name, pp.place, s.week_label, a.period_start, a.period_end, ph.phase,
                r.subject_id
            from samverkan.decision_record r
            left join samverkan.matter m on r.subject_type = 'MATTER' and m.id = r.subject_id
            left join samverkan.district_plan p on r.subject_type = 'DISTRICT_PLAN' and p.id = r.subject_id
            left join samverkan.district pd on pd.code = p.district_code
            left join samverkan.picture_problem pp on r.subject_type = 'PROBLEM' and pp.id = r.subject_id
            left join samverkan.district ppd on ppd.code = pp.district_code
            left join samverkan.incident_category ppc on ppc.code = pp.category_code
            left join samverkan.situational_picture s on s.id = pp.picture_id
            left join samverkan.cooperation_agreement a on r.subject_type = 'AGREEMENT' and a.id = r.subject_id
            left join samverkan.coordination_phase ph on r.subject_type = 'PHASE' and ph.id = r.subject_id
            where r.decided_at >= ? and r.decided_at < ? and %s
            order by r.decided_at, r.id fetch first %d rows only""";

    private YearlyReport.Decisions decisions(Span span) {
        List<YearlyReport.BodyCount> byBody = new ArrayList<>();
        jdbc.sql("""
                        select body, count(*) from samverkan.decision_record
                        where decided_at >= ? and decided_at < ? group by body""")
                .params(span.start(), span.end())
                .query(rs -> {
                    byBody.add(new YearlyReport.BodyCount(rs.getString(1), levelName(rs.getString(1)), rs.getLong(2)));
                });
        byBody.sort(Comparator.comparingInt(b -> levelOrder(b.body())));
        long total = byBody.stream().mapToLong(YearlyReport.BodyCount::decisions).sum();
        long est = byBody.stream().filter(b -> EST.equals(b.body())).mapToLong(YearlyReport.BodyCount::decisions).sum();
        List<YearlyReport.Decision> meetings = jdbc.sql(DECISIONS.formatted("r.body <> 'est'", MAX_DECISIONS))
                .params(span.start(), span.end()).query(this::decision).list();
        List<YearlyReport.Decision> estDecisions = jdbc.sql(DECISIONS.formatted("r.body = 'est'", MAX_DECISIONS))
                .params(span.start(), span.end()).query(this::decision).list();
        return new YearlyReport.Decisions(total, byBody, meetings, total - est, estDecisions, est);
    }

    private YearlyReport.Decision decision(ResultSet rs, int row) throws SQLException {
        DecisionRecords.Subject type = DecisionRecords.Subject.valueOf(rs.getString(4));
        String subject = switch (type) {
            case MATTER -> rs.getString(9) == null ? "ärende " + rs.getLong(18) : rs.getString(9);
            case DISTRICT_PLAN -> rs.getString(10) == null ? "plan " + rs.getLong(18) : rs.getString(10);
            case PROBLEM -> rs.getString(11) == null ? "problem " + rs.getLong(18)
                    : rs.getString(11) + ", " + rs.getString(12) + (rs.getString(13) == null ? "" : ", " + rs.getString(13))
                    + (rs.getString(14) == null ? "" : " (" + rs.getString(14) + ")");
            case AGREEMENT -> rs.getObject(15, LocalDate.class) == null ? "överenskommelse " + rs.getLong(18)
                    : "perioden " + rs.getObject(15, LocalDate.class) + "–" + rs.getObject(16, LocalDate.class);
            case PHASE -> rs.getString(17) == null ? "fas" : "fas " + rs.getString(17);
        };
        return new YearlyReport.Decision(rs.getLong(1), day(rs, 2), levelName(rs.getString(3)), type.swedish(), subject,
                DecisionRecords.Outcome.valueOf(rs.getString(5)).swedish(), rs.getString(6), rs.getString(7),
                rs.getString(8));
    }

    // --- Swedish names and local dates

    private LocalDate day(ResultSet rs, int column) throws SQLException {
        return day(rs.getObject(column, OffsetDateTime.class));
    }

    private LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    static String levelName(String level) {
        if (level == null) {
            return null;
        }
        return EST.equals(level) ? EST_NAME : MeetingBody.byId(level).map(MeetingBody::swedishName).orElse(level);
    }

    private static int levelOrder(String level) {
        return EST.equals(level) ? -1 : MeetingBody.byId(level).map(Enum::ordinal).orElse(99);
    }

    static String groupName(String group) {
        return OrganisationGroup.byId(group).map(OrganisationGroup::swedishName).orElse(group);
    }

    static String effectName(String effect) {
        String name = Interventions.effectName(effect);
        return name == null ? "Inte uppföljd" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
