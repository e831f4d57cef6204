package se.linkoping.samverkan.yearlyreport;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords.Outcome;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.intervention.InterventionEffect;
import se.linkoping.samverkan.matter.MatterStatus;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.referencedata.ReferenceData;
import se.linkoping.samverkan.referencedata.ReferenceEntry;
import se.linkoping.samverkan.refusal.Refusal;

/**
 * Compiles the {@link YearlyReport} of a calendar year (Europe/Stockholm) from what the {@code Yearly…Records}
 * read of the application's tables: incident reports, EST's weekly pictures, matters, district plans, the
 * cooperation agreement, interventions and decision records. Read-only, and every list is bounded: by
 * grouping, or by the caps below.
 */
@Service
@Transactional(readOnly = true)
public class YearlyReports {

    /** The years a report can be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

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

    private final YearlyPictureRecords pictures;
    private final YearlyMatterRecords matters;
    private final YearlyDecisionRecords decisions;
    private final YearlyInterventionRecords interventions;
    private final YearlyAgreements agreements;
    private final ReferenceData referenceData;
    private final People people;
    private final Clock clock;

    YearlyReports(YearlyPictureRecords pictures, YearlyMatterRecords matters, YearlyDecisionRecords decisions,
                  YearlyInterventionRecords interventions, YearlyAgreements agreements,
                  ReferenceData referenceData, People people, Clock clock) {
        this.pictures = pictures;
        this.matters = matters;
        this.decisions = decisions;
        this.interventions = interventions;
        this.agreements = agreements;
        this.referenceData = referenceData;
        this.people = people;
        this.clock = clock;
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
        YearSpan span = YearSpan.of(year, clock.getZone());
        YearlyReport.Picture picture = picture(span);
        return new YearlyReport(year, span.firstDay(), span.lastDay(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES), picture, analysis(span, picture.weeks()),
                actionPlan(span), followUp(span), decisions(span));
    }

    // --- 1. lägesbild

    private YearlyReport.Picture picture(YearSpan span) {
        List<YearlyReport.Count> byCategory = pictures.byCategory(span);
        long reports = byCategory.stream().mapToLong(YearlyReport.Count::reports).sum();
        long previous = byCategory.stream().mapToLong(YearlyReport.Count::previousYear).sum();
        return new YearlyReport.Picture(reports, previous, byCategory, pictures.byDistrict(span), weeks(span),
                pictures.prioritised(span, MAX_PRIORITISED));
    }

    /** The weeks of EST's picture that start in the year, oldest first, each with its change from the week before. */
    private List<YearlyReport.WeekRow> weeks(YearSpan span) {
        List<YearlyReport.WeekRow> weeks = new ArrayList<>();
        Long before = null;
        for (YearlyPictureRecords.Week w : pictures.weeks(span)) {
            String change = before == null ? "" : w.reports() > before ? "ökar" : w.reports() < before ? "minskar"
                    : "oförändrat";
            weeks.add(new YearlyReport.WeekRow(w.start(), w.label(), w.reports(), change, w.rising(), w.falling(),
                    w.prioritised(), w.top(), w.analysed()));
            before = w.reports();
        }
        return weeks;
    }

    // --- 2. analys

    private YearlyReport.Analysis analysis(YearSpan span, List<YearlyReport.WeekRow> weeks) {
        List<YearlyReport.Summary> summaries = pictures.summaries(span);
        Map<String, String> writers = people.names(summaries.stream().map(YearlyReport.Summary::analysedBy).toList());
        List<YearlyReport.Summary> written = summaries.stream().map(summary -> summary.named(writers)).toList();
        List<YearlyReport.Summary> shown = new ArrayList<>();
        for (int i = 0; i < written.size() && shown.size() < MAX_SUMMARIES; i++) {
            if (i < LATEST_SUMMARIES || written.get(i).acute()) {
                shown.add(written.get(i));
            }
        }
        shown.sort(Comparator.comparing(YearlyReport.Summary::weekStart));
        int analysed = (int) weeks.stream().filter(YearlyReport.WeekRow::analysed).count();
        return new YearlyReport.Analysis(weeks.size(), analysed, shown, written.size(), levels(span),
                matters.above(span, MAX_MATTERS_ABOVE), matters.aboveTotal(span));
    }

    /**
     * Per level: the matters raised there in the year (where its first decision was taken, or where it
     * waits), the level's decisions on matters in the year by outcome, and those still open there.
     */
    private List<YearlyReport.LevelRow> levels(YearSpan span) {
        List<YearlyMatterRecords.Raised> raised = matters.raised(span);
        Map<String, Map<String, Long>> decided = matters.decidedByBody(span);
        if (raised.isEmpty() && decided.isEmpty()) {
            return List.of();
        }
        List<YearlyReport.LevelRow> rows = new ArrayList<>();
        for (MeetingBody body : MeetingBody.values()) {
            Map<String, Long> outcomes = decided.getOrDefault(body.id(), Map.of());
            rows.add(new YearlyReport.LevelRow(body.id(), body.swedishName(),
                    raised.stream().filter(m -> body.id().equals(m.at())).count(),
                    outcomes.getOrDefault(Outcome.HANDLED.name(), 0L),
                    outcomes.getOrDefault(Outcome.ESCALATED.name(), 0L),
                    outcomes.getOrDefault(Outcome.CLOSED.name(), 0L),
                    raised.stream().filter(m -> body.id().equals(m.level())
                            && MatterStatus.byCode(m.status()).filter(MatterStatus::isOpen).isPresent()).count()));
        }
        return rows;
    }

    // --- 3. åtgärdsplan

    private YearlyReport.ActionPlan actionPlan(YearSpan span) {
        List<YearlyReport.DistrictPlan> approved = decisions.approvedPlans(span, MAX_PLANS);
        List<String> who = new ArrayList<>();
        approved.forEach(p -> {
            who.add(p.proposedBy());
            who.add(p.approvedBy());
        });
        Map<String, String> names = people.names(who);
        List<YearlyReport.DistrictPlan> plans = approved.stream().map(p -> p.named(names)).toList();
        Set<String> planned = new HashSet<>();
        plans.forEach(p -> planned.add(p.district()));
        List<String> without = referenceData.districts().stream().map(ReferenceEntry::name)
                .filter(name -> !planned.contains(name)).toList();
        return new YearlyReport.ActionPlan(plans, decisions.returnedPlans(span), without,
                agreements.inForce(span, MAX_AGREEMENTS));
    }

    // --- 4. uppföljning

    private YearlyReport.FollowUp followUp(YearSpan span) {
        List<YearlyInterventionRecords.Decided> decided = interventions.decided(span);
        LocalDate today = LocalDate.now(clock);
        YearlyReport.InterventionTotals totals = new YearlyReport.InterventionTotals(decided.size(),
                count(decided, YearlyInterventionRecords.Decided::onTime),
                count(decided, YearlyInterventionRecords.Decided::late),
                count(decided, YearlyInterventionRecords.Decided::ongoing),
                count(decided, i -> i.ongoing() && today.isAfter(i.due())),
                count(decided, i -> InterventionEffect.GOOD.name().equals(i.effect())),
                count(decided, i -> InterventionEffect.PARTLY.name().equals(i.effect())),
                count(decided, i -> InterventionEffect.NONE.name().equals(i.effect())),
                count(decided, i -> i.effect() == null));
        Map<String, List<YearlyInterventionRecords.Decided>> byGroup = new LinkedHashMap<>();
        decided.forEach(i -> byGroup.computeIfAbsent(i.group(), g -> new ArrayList<>()).add(i));
        List<YearlyReport.GroupRow> groups = byGroup.entrySet().stream()
                .map(e -> new YearlyReport.GroupRow(e.getKey(), Names.group(e.getKey()), e.getValue().size(),
                        count(e.getValue(), YearlyInterventionRecords.Decided::onTime),
                        count(e.getValue(), YearlyInterventionRecords.Decided::late),
                        count(e.getValue(), YearlyInterventionRecords.Decided::ongoing)))
                .sorted(Comparator.comparing(YearlyReport.GroupRow::decided).reversed()
                        .thenComparing(YearlyReport.GroupRow::name))
                .toList();
        List<YearlyReport.InterventionRow> listed = interventions.listed(span, MAX_INTERVENTIONS).stream()
                .map(i -> new YearlyReport.InterventionRow(i.id(), i.title(), Names.group(i.group()),
                        Names.level(i.decidedBy()), i.decidedOn(), i.due(), i.reported(),
                        timeliness(i.due(), i.reported(), today), Names.effect(i.effect()), i.result(), i.followUp()))
                .toList();
        return new YearlyReport.FollowUp(totals, groups, listed,
                agreements.promiseFollowUps(span, MAX_PROMISE_FOLLOW_UPS));
    }

    private static <T> long count(List<T> items, Predicate<T> which) {
        return items.stream().filter(which).count();
    }

    static String timeliness(LocalDate due, LocalDate reported, LocalDate today) {
        if (reported == null) {
            return today.isAfter(due) ? "Pågår, försenad" : "Pågår";
        }
        return reported.isAfter(due) ? "Genomförd försenad" : "Genomförd i tid";
    }

    // --- 5. beslut

    private YearlyReport.Decisions decisions(YearSpan span) {
        List<YearlyReport.BodyCount> byBody = decisions.byBody(span);
        long total = byBody.stream().mapToLong(YearlyReport.BodyCount::decisions).sum();
        long est = byBody.stream().filter(b -> OrganisationGroup.EST.id().equals(b.body()))
                .mapToLong(YearlyReport.BodyCount::decisions).sum();
        Map<Long, YearlyAgreements.Period> periods = agreements.periods(decisions.agreementsDecided(span));
        return new YearlyReport.Decisions(total, byBody, named(decisions.decisions(span, false, MAX_DECISIONS, periods)),
                total - est, named(decisions.decisions(span, true, MAX_DECISIONS, periods)), est);
    }

    private List<YearlyReport.Decision> named(List<YearlyReport.Decision> decided) {
        Map<String, String> names = people.names(decided.stream().map(YearlyReport.Decision::decidedBy).toList());
        return decided.stream().map(d -> d.named(names)).toList();
    }
}
