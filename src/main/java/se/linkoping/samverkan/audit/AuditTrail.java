package se.linkoping.samverkan.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.estweeklycycle.Trend;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.intervention.Interventions;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;
import se.linkoping.samverkan.meeting.MeetingBody;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.Swedish;

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
    /** The last page a search may ask for (a million matters at the most rows a page). */
    public static final int MAX_PAGE = 10_000;
    /** The most rows read of any one history (pictures, decision evaluations, operations) for one matter. */
    static final int HISTORY_CAP = 500;

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

    private final MatterSearchRecords searches;
    private final TimelineRecords records;
    private final EngineHistory engine;
    private final DecisionRecords decisions;
    private final People people;
    private final Clock clock;

    AuditTrail(MatterSearchRecords searches, TimelineRecords records, EngineHistory engine, DecisionRecords decisions,
               People people, Clock clock) {
        this.searches = searches;
        this.records = records;
        this.engine = engine;
        this.decisions = decisions;
        this.people = people;
        this.clock = clock;
    }

    public ResultPage<MatterRow> search(MatterSearch search, int page, int size) {
        ZoneId zone = clock.getZone();
        MatterSearchRecords.Criteria criteria = new MatterSearchRecords.Criteria(search.district(),
                search.category(), search.level(),
                search.from() == null ? null : search.from().atStartOfDay(zone).toOffsetDateTime(),
                search.to() == null ? null : search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                search.outcome());
        if (page > MAX_PAGE) {
            throw Refusal.badInput("Sidnumret " + page + " är för stort: ange ett sidnummer mellan 0 och " + MAX_PAGE
                    + " (sökningen visar högst " + MAX_PAGE_SIZE + " ärenden per sida).");
        }
        return searches.search(criteria, Math.max(0, page), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    public Optional<Timeline> timeline(long matterId) {
        return records.matter(matterId).map(this::timeline);
    }

    private Timeline timeline(TimelineRecords.Matter m) {
        List<DecisionRecords.Decision> decided = decisions.about(DecisionRecords.Subject.MATTER, m.id());
        List<Entry> entries = new ArrayList<>();
        if (MatterOrigin.EST.name().equals(m.origin())) {
            entries.addAll(picture(m));
        }
        String raisedAt = decided.isEmpty() ? m.level() : decided.get(0).body();
        entries.add(new Entry(m.raisedAt(), Names.level(raisedAt), "Ärendet väcks", m.title(), m.raisedBy(), null,
                m.description(), Map.of("ursprung", MatterOrigin.nameOf(m.origin()))));
        for (DecisionRecords.Decision d : decided) {
            String meeting = d.meetingId() == null ? null : meetingName(d.meetingId());
            Map<String, Object> details = new LinkedHashMap<>();
            if (meeting != null) {
                details.put("möte", meeting);
            }
            if (d.directive() != null) {
                details.put("uppdrag eller prioritering", d.directive());
            }
            entries.add(new Entry(d.decidedAt(), Names.level(d.body()), "Beslut: " + d.outcome().swedish(),
                    meeting == null ? "Beslut utan möte (regel i lägesbilden)" : meeting, d.decidedBy(), d.rationale(),
                    d.basis(), details));
        }
        if (m.convenerAlertedAt() != null) {
            entries.add(convenerAction(m));
        }
        records.interventions(m).forEach(i -> entries.addAll(intervention(i)));
        List<String> processes = new ArrayList<>();
        if (m.processInstanceId() != null) {
            processes.add(m.processInstanceId());
        }
        processes.addAll(records.interventionProcesses(m));
        entries.addAll(engine.operations(processes));
        if (m.closedAt() != null) {
            entries.add(new Entry(m.closedAt(), Names.level(m.level()), "Ärendet avslutas",
                    Matters.statusName(m.status()), null, null, null, Map.of()));
        }
        entries.sort(Comparator.comparing(Entry::at));
        List<String> levels = entries.stream().map(Entry::level).distinct().toList();
        MatterRow row = new MatterRow(m.id(), m.title(), m.district(), m.category(), Names.level(m.level()),
                Matters.statusName(m.status()), m.raisedAt(), m.raisedBy(),
                decided.isEmpty() ? null : decided.get(decided.size() - 1).outcome().swedish());
        return new Timeline(row, m.description(), MatterOrigin.nameOf(m.origin()), levels, entries);
    }

    /**
     * What the convener did about the matter waiting too long, by whom in which role then: "Maria Ek
     * (Sammankallande, styrgruppen)"; the user id and the role's code in the details, for exports.
     */
    private Entry convenerAction(TimelineRecords.Matter m) {
        Optional<OrganisationGroup> role = Optional.ofNullable(m.convenerRole()).flatMap(OrganisationGroup::byId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("användare", m.convener());
        details.put("roll", m.convenerRole());
        // the body convened (or, before conveners had roles, the body whose member chose); else where it waits
        String level = role.flatMap(r -> Arrays.stream(MeetingBody.values())
                .filter(body -> body.convener() == r || body.group() == r).findFirst())
                .map(MeetingBody::id).orElse(m.level());
        return new Entry(m.convenerAlertedAt(), Names.level(level), "Väntat för länge",
                "Sammankallande påmindes" + (m.convenerAction() == null ? "" : ": " + m.convenerAction()),
                RoleHolders.asRole(people.name(m.convener()), role.orElse(null)), null, null, details);
    }

    /** The weeks of EST's picture of the matter's district and category while it was open, with the tables' evaluations. */
    private List<Entry> picture(TimelineRecords.Matter m) {
        LocalDate since = m.raisedAt().atZoneSameInstant(clock.getZone()).toLocalDate().minusWeeks(1);
        OffsetDateTime until = m.closedAt() == null ? OffsetDateTime.now(clock) : m.closedAt();
        List<Entry> entries = new ArrayList<>();
        for (TimelineRecords.Problem p : records.problems(m.districtCode(), m.categoryCode(), since, until,
                HISTORY_CAP)) {
            entries.add(new Entry(p.compiledAt(), Names.EST, "Lägesbild " + p.week(), m.district() + ", "
                    + m.category() + ": " + p.reports() + " rapporter, trend " + Trend.valueOf(p.trend()).swedish()
                    + ", " + p.consecutive() + " veckor i följd"
                    + (p.priority() == null ? "" : ", prioritet " + p.priority())
                    + (p.level() == null ? "" : ", nivå " + Names.level(p.level())),
                    p.analysedBy(), null, p.summary(), Map.of()));
            entries.addAll(engine.evaluations(p.id()));
            decisions.about(DecisionRecords.Subject.PROBLEM, p.id()).forEach(d -> entries.add(new Entry(d.decidedAt(),
                    Names.EST, "EST:s beslut: " + d.outcome().swedish(), "Problemet i lägesbilden " + p.week(),
                    d.decidedBy(), d.rationale(), d.basis(), Map.of())));
        }
        return entries;
    }

    /** An intervention decided, reported and followed up: one entry for each that happened. */
    private List<Entry> intervention(TimelineRecords.Intervention i) {
        ZoneId zone = clock.getZone();
        String level = Names.level(i.decidedByBody());
        String group = Names.group(i.group());
        LocalDate reportedOn = i.reportedAt() == null ? null : i.reportedAt().atZoneSameInstant(zone).toLocalDate();
        boolean late = reportedOn == null ? LocalDate.now(clock).isAfter(i.due()) : reportedOn.isAfter(i.due());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("ansvarig", group);
        details.put("klar senast", i.due().toString());
        details.put("rapporterad", reportedOn == null ? null : reportedOn.toString());
        details.put("försenad", late);
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(i.decidedAt(), level, "Insats beslutad", i.title() + " – " + group + ", klar senast "
                + i.due(), i.decidedBy(), null, null, details));
        if (reportedOn != null) {
            entries.add(new Entry(i.reportedAt(), level, "Insats genomförd", i.title() + " (klar senast " + i.due()
                    + ", rapporterad " + reportedOn + (late ? ", försenad" : "") + ")", i.reportedBy(), null,
                    i.result(), details));
        }
        if (i.followedUpAt() != null) {
            entries.add(new Entry(i.followedUpAt(), level, "Insats följd upp", i.title() + ": effekt "
                    + Interventions.effectName(i.effect()), i.followedUpBy(), null, i.followUp(), Map.of()));
        }
        return entries;
    }

    private String meetingName(long meetingId) {
        return records.meeting(meetingId)
                .map(meeting -> (meeting.extra() ? "Extra möte" : "Möte") + " i "
                        + Names.level(meeting.body()).toLowerCase(Swedish.LOCALE) + " "
                        + meeting.calledAt().atZoneSameInstant(clock.getZone()).toLocalDate())
                .orElse("möte " + meetingId);
    }
}
