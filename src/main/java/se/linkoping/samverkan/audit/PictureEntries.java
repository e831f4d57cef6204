package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.PlaceType;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.system.Swedish;

/**
 * EST's part of a matter's timeline: the weekly pictures it rests on, EST's analysis of each problem and the
 * week's summary, the decision tables' evaluations, and EST's own decisions on the problems.
 *
 * <p>Which pictures: found by what the matter rests on, never by arithmetic on the day it was raised. The
 * problems it names (the one EST raised it for or that carried it up by rule, the one of the intervention it
 * was raised about); the confirmed problems of its district and category in the weeks up to it — the run of
 * consecutive weeks ending with the latest picture compiled before it was raised, and, for a matter EST
 * raised, ending with the latest problem judged beyond EST's mandate; and those compiled while it was open.
 */
@Component
class PictureEntries {

    private final TimelineRecords records;
    private final EngineHistory engine;
    private final DecisionRecords decisions;
    private final Clock clock;

    PictureEntries(TimelineRecords records, EngineHistory engine, DecisionRecords decisions, Clock clock) {
        this.records = records;
        this.engine = engine;
        this.decisions = decisions;
        this.clock = clock;
    }

    List<AuditTrail.Entry> of(TimelineRecords.Matter m, List<TimelineRecords.Intervention> interventions) {
        List<AuditTrail.Entry> entries = new ArrayList<>();
        Set<Long> summarised = new HashSet<>();
        for (TimelineRecords.Problem p : restsOn(m, interventions)) {
            entries.add(picture(p));
            if (p.analysedBy() != null || p.analysedAt() != null) {
                entries.add(analysis(p));
            }
            if (p.summaryAt() != null && summarised.add(p.pictureId())) {
                entries.add(AuditTrail.Entry.of(p.summaryAt(), OrganisationGroup.EST.id(), "Veckans sammanfattning",
                        "EST:s analys av lägesbilden " + p.week(), p.summaryBy()).basis(p.summary())
                        .code("lägesbild", p.pictureId()));
            }
            entries.addAll(engine.evaluations(p.id()));
            decisions.about(DecisionRecords.Subject.PROBLEM, p.id()).forEach(d -> entries.add(AuditTrail.Entry.of(
                            d.decidedAt(), d.body(), "EST:s beslut: " + d.outcome().swedish(),
                            "Problemet i lägesbilden " + p.week() + ": " + area(p), d.decidedBy())
                    .rationale(d.rationale()).basis(d.basis()).detail("beslut", d.outcome().swedish())
                    .code("beslut", d.outcome().name()).code("problem", p.id())));
        }
        return entries;
    }

    /** The problems of the weekly pictures the matter rests on, oldest week first. */
    List<TimelineRecords.Problem> restsOn(TimelineRecords.Matter m, List<TimelineRecords.Intervention> interventions) {
        Set<Long> named = new LinkedHashSet<>();
        if (m.problemId() != null) {
            named.add(m.problemId());
        }
        interventions.stream().map(TimelineRecords.Intervention::problemId).filter(Objects::nonNull)
                .forEach(named::add);
        OffsetDateTime until = m.closedAt() == null ? OffsetDateTime.now(clock) : m.closedAt();
        List<TimelineRecords.Problem> area = m.districtCode() == null || m.categoryCode() == null ? List.of()
                : records.confirmedInArea(m.districtCode(), m.categoryCode(), until, AuditTrail.HISTORY_CAP);
        Map<Long, TimelineRecords.Problem> chosen = new LinkedHashMap<>();
        List<Long> elsewhere = named.stream().filter(id -> area.stream().noneMatch(p -> p.id() == id)).toList();
        records.problems(elsewhere).forEach(p -> chosen.put(p.id(), p));
        Set<LocalDate> seeds = new HashSet<>();
        area.stream().filter(p -> named.contains(p.id())).forEach(p -> seeds.add(p.weekStart()));
        records.latestPictureWeek(m.raisedAt()).ifPresent(seeds::add);
        if (MatterOrigin.EST.name().equals(m.origin())) {
            area.stream().filter(p -> !p.compiledAt().isAfter(m.raisedAt()) && p.level() != null
                            && !OrganisationGroup.EST.id().equals(p.level()))
                    .findFirst().ifPresent(p -> seeds.add(p.weekStart()));
        }
        Set<LocalDate> weeks = new HashSet<>();
        area.forEach(p -> weeks.add(p.weekStart()));
        Set<LocalDate> included = new HashSet<>();
        area.stream().filter(p -> p.compiledAt().isAfter(m.raisedAt())).forEach(p -> included.add(p.weekStart()));
        for (LocalDate seed : seeds) {
            for (LocalDate week = seed; weeks.contains(week); week = week.minusWeeks(1)) {
                included.add(week);
            }
        }
        area.stream().filter(p -> included.contains(p.weekStart()) || named.contains(p.id()))
                .forEach(p -> chosen.put(p.id(), p));
        List<TimelineRecords.Problem> problems = new ArrayList<>(chosen.values());
        problems.sort(Comparator.comparing(TimelineRecords.Problem::weekStart)
                .thenComparing(TimelineRecords.Problem::id));
        return problems;
    }

    private AuditTrail.Entry picture(TimelineRecords.Problem p) {
        return AuditTrail.Entry.of(p.compiledAt(), OrganisationGroup.EST.id(), "Lägesbild " + p.week(), area(p) + ": "
                        + Swedish.count(p.reports(), "rapport", "rapporter") + ", trend " + Trend.nameOf(p.trend())
                        + ", " + Swedish.weeks(p.consecutive()) + " i följd med rapporter", People.NO_PERSON)
                .detail("prioritet", Swedish.priority(p.priority()))
                .detail("nivå", p.level() == null ? null : Names.group(p.level()))
                .detail("veckor med hög prioritet", p.weeksPersisting() == null || p.weeksPersisting() == 0 ? null
                        : Swedish.weeks(p.weeksPersisting()))
                .code("problem", p.id()).code("vecka", p.weekStart().toString()).code("trend", p.trend())
                .code("prioritet", p.priority()).code("nivå", p.level());
    }

    private AuditTrail.Entry analysis(TimelineRecords.Problem p) {
        OffsetDateTime at = p.analysedAt() != null ? p.analysedAt() : p.summaryAt() != null ? p.summaryAt()
                : p.compiledAt();
        return AuditTrail.Entry.of(at, OrganisationGroup.EST.id(), "EST:s analys", "Bekräftat som problem: " + area(p),
                        p.analysedBy() == null ? p.summaryBy() : p.analysedBy())
                .basis(p.knowledge())
                .detail("typ av plats", PlaceType.nameOf(p.placeType()))
                .detail("förvaltningar och aktörer som behöver agera", p.departments())
                .detail("kräver resurser utöver förvaltningarnas budget", Swedish.yesNo(p.needsResources()))
                .detail("kräver politiskt beslut", Swedish.yesNo(p.needsPolicyDecision()))
                .code("problem", p.id()).code("typ av plats", p.placeType());
    }

    private static String area(TimelineRecords.Problem p) {
        return p.district() + ", " + p.category() + (p.place() == null ? "" : ", " + p.place());
    }
}
