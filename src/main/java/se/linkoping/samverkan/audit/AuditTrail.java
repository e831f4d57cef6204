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

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.decision.DecisionRecords;
import se.linkoping.samverkan.identity.OrganisationGroup;
import se.linkoping.samverkan.identity.People;
import se.linkoping.samverkan.identity.RoleHolders;
import se.linkoping.samverkan.matter.MatterOrigin;
import se.linkoping.samverkan.matter.Matters;

/**
 * What auditors read about matters: a search, and per matter one timeline across every level — the weekly
 * pictures and the decision tables' evaluations it rests on (from Camunda's decision history, with the rule
 * that matched and its Swedish reason), who raised it, each decision with who, when, at which meeting, why, what
 * it directed and on what basis, the agenda notes of its meetings, its interventions with due and actual dates,
 * and what users did in its processes. Every entry names who acted, by name, and keeps the user id for the
 * exports. Read-only, and every query is bounded: searches are paged, histories capped.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** The most rows a search page holds. */
    public static final int MAX_PAGE_SIZE = 100;
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

    /** A matter as a search lists it: Swedish names, with the level's and status's codes and who raised it by id. */
    public record MatterRow(long id, String title, String district, String category, String level, String status,
                            OffsetDateTime raisedAt, String raisedBy, String lastOutcome, String levelCode,
                            String statusCode, String raisedByName) {
    }

    /**
     * One line of the timeline: when, at which level, what happened, who acted (by name; {@code who} keeps the
     * user id, or several separated by commas), at which meeting, what was directed, why, on what basis, and
     * the details (Swedish) with their stored codes. The page, the CSV and the JSON carry the same.
     */
    public record Entry(OffsetDateTime at, String level, String levelCode, String kind, String what, String who,
                        String whoName, String meeting, String directive, String rationale, String basis,
                        Map<String, Object> details, Map<String, Object> codes) {

        /** The entry as the page shows it, column by column ({@link TimelineText#COLUMNS}); the CSV starts so. */
        public List<String> cells() {
            return TimelineText.cells(this);
        }

        /** An entry being built: level by its code, nobody named yet, no details. */
        static Entry of(OffsetDateTime at, String levelCode, String kind, String what, String who) {
            return new Entry(at, Names.level(levelCode), levelCode, kind, what, who, null, null, null, null, null,
                    new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        Entry meeting(String meeting) {
            return new Entry(at, level, levelCode, kind, what, who, whoName, meeting, directive, rationale, basis,
                    details, codes);
        }

        Entry directive(String directive) {
            return new Entry(at, level, levelCode, kind, what, who, whoName, meeting, directive, rationale, basis,
                    details, codes);
        }

        Entry rationale(String rationale) {
            return new Entry(at, level, levelCode, kind, what, who, whoName, meeting, directive, rationale, basis,
                    details, codes);
        }

        Entry basis(String basis) {
            return new Entry(at, level, levelCode, kind, what, who, whoName, meeting, directive, rationale, basis,
                    details, codes);
        }

        /** The code under which an entry keeps the role its person acted in. */
        static final String ROLE = "roll";

        /** The entry with its person's name, and the role they acted in: "Maria Ek (Sammankallande, styrgruppen)". */
        Entry named(Map<String, String> names) {
            String name = who == null ? null : names.get(who);
            if (codes.get(ROLE) instanceof String role) {
                name = RoleHolders.asRole(name, OrganisationGroup.byId(role).orElse(null));
            }
            return new Entry(at, level, levelCode, kind, what, who, name, meeting, directive, rationale, basis, details,
                    codes);
        }

        /** Adds a detail as people read it (skipped when empty), while the entry is built. */
        Entry detail(String label, Object value) {
            if (value != null && !"".equals(value)) {
                details.put(label, value);
            }
            return this;
        }

        /** Adds a stored code for the exports (skipped when empty), while the entry is built. */
        Entry code(String label, Object value) {
            if (value != null && !"".equals(value)) {
                codes.put(label, value);
            }
            return this;
        }
    }

    /** A matter's whole history. */
    public record Timeline(MatterRow matter, String description, String origin, String originCode,
                           List<String> levels, List<Entry> entries) {
    }

    private final MatterSearchRecords searches;
    private final TimelineRecords records;
    private final PictureEntries pictures;
    private final MatterEntries matterEntries;
    private final EngineHistory engine;
    private final DecisionRecords decisions;
    private final People people;
    private final Clock clock;

    AuditTrail(MatterSearchRecords searches, TimelineRecords records, PictureEntries pictures,
               MatterEntries matterEntries, EngineHistory engine, DecisionRecords decisions, People people,
               Clock clock) {
        this.searches = searches;
        this.records = records;
        this.pictures = pictures;
        this.matterEntries = matterEntries;
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
        ResultPage<MatterRow> found = searches.search(criteria, Math.max(0, page),
                Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
        Map<String, String> names = people.names(found.items().stream().map(MatterRow::raisedBy).toList());
        return new ResultPage<>(found.items().stream().map(r -> named(r, names)).toList(), found.page(), found.size(),
                found.total());
    }

    public Optional<Timeline> timeline(long matterId) {
        return records.matter(matterId).map(this::timeline);
    }

    private Timeline timeline(TimelineRecords.Matter m) {
        List<DecisionRecords.Decision> decided = decisions.about(DecisionRecords.Subject.MATTER, m.id());
        List<TimelineRecords.Intervention> interventions = records.interventions(m);
        List<Entry> entries = new ArrayList<>(pictures.of(m, interventions));
        entries.addAll(matterEntries.of(m, decided, interventions));
        Levels levels = new Levels(m, decided);
        if (m.processInstanceId() != null) {
            entries.addAll(engine.operations(m.processInstanceId(), levels::at));
        }
        for (TimelineRecords.Intervention i : interventions) {
            if (i.processInstanceId() != null) {
                entries.addAll(engine.operations(i.processInstanceId(), at -> i.decidedByBody()));
            }
        }
        // by the instant: the same moment read from different columns may carry different offsets
        entries.sort(Comparator.comparing(e -> e.at().toInstant()));
        List<String> who = new ArrayList<>(entries.stream().map(Entry::who).toList());
        who.add(m.raisedBy());
        Map<String, String> names = people.names(who);
        List<Entry> named = entries.stream().map(e -> e.named(names)).toList();
        List<String> levelNames = named.stream().map(Entry::level).distinct().toList();
        MatterRow row = new MatterRow(m.id(), m.title(), m.district(), m.category(), Names.level(m.level()),
                Matters.statusName(m.status()), m.raisedAt(), m.raisedBy(),
                decided.isEmpty() ? null : decided.get(decided.size() - 1).outcome().swedish(), m.level(), m.status(),
                names.get(m.raisedBy()));
        return new Timeline(row, m.description(), MatterOrigin.nameOf(m.origin()), m.origin(), levelNames, named);
    }

    private static MatterRow named(MatterRow r, Map<String, String> names) {
        return new MatterRow(r.id(), r.title(), r.district(), r.category(), r.level(), r.status(), r.raisedAt(),
                r.raisedBy(), r.lastOutcome(), r.levelCode(), r.statusCode(), names.get(r.raisedBy()));
    }

    /** Where a matter waited at a time: at the body of the next decision on it, or where it is now. */
    private record Levels(TimelineRecords.Matter matter, List<DecisionRecords.Decision> decided) {

        String at(OffsetDateTime time) {
            return decided.stream().filter(d -> !d.decidedAt().isBefore(time)).findFirst()
                    .map(DecisionRecords.Decision::body).orElse(matter.level());
        }
    }
}
