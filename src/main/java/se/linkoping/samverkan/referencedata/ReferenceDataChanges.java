package se.linkoping.samverkan.referencedata;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.linkoping.samverkan.refusal.Refusal;

/**
 * What administrators do with the reference data: add an entry, rename it, retire it and bring it back. Nothing is
 * deleted, and a code never changes, so what was recorded with a code keeps it (a retired district still has its name
 * on the reports made in it). Every change is kept in the history (who, when, the old and the new name) and, once
 * committed, the forms that offer the list are deployed anew ({@link ReferenceForms}).
 */
@Service
@Transactional
public class ReferenceDataChanges {

    static final int MAX_NAME = 100;
    private static final int MAX_CODE = 36;

    private final ReferenceData data;
    private final ReferenceChangeRecords history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceDataChanges(ReferenceData data, ReferenceChangeRecords history, ApplicationEventPublisher events,
                         Clock clock) {
        this.data = data;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** A new entry, offered at once; its code is made from its name and never changes. */
    public ReferenceItem add(ReferenceKind kind, String name, String by) {
        String checked = checkedName(kind, name, null);
        String code = freeCode(kind, checked);
        data.add(kind, code, checked);
        history.record(kind, code, ReferenceChange.Type.ADDED, null, checked, by, clock.instant());
        events.publishEvent(new ReferenceDataChanged(kind));
        return data.find(kind, code).orElseThrow();
    }

    public ReferenceItem rename(ReferenceKind kind, String code, String name, String by) {
        ReferenceItem item = existing(kind, code);
        String checked = checkedName(kind, name, item);
        data.rename(kind, code, checked);
        history.record(kind, code, ReferenceChange.Type.RENAMED, item.name(), checked, by, clock.instant());
        events.publishEvent(new ReferenceDataChanged(kind));
        return data.find(kind, code).orElseThrow();
    }

    /** No longer offered in forms nor accepted in new reports; what was recorded with it keeps its name. */
    public ReferenceItem retire(ReferenceKind kind, String code, String by) {
        ReferenceItem item = existing(kind, code);
        if (!item.active()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, kind.definiteCapital() + " " + item.name() + " är redan avvecklad.");
        }
        if (data.activeCount(kind) <= 1) {
            throw Refusal.of(Refusal.Kind.CONFLICT, kind.definiteCapital() + " " + item.name() + " är den enda som "
                    + "erbjuds och kan inte avvecklas. Lägg först till en ny.");
        }
        data.setActive(kind, code, false);
        history.record(kind, code, ReferenceChange.Type.RETIRED, item.name(), item.name(), by, clock.instant());
        events.publishEvent(new ReferenceDataChanged(kind));
        return data.find(kind, code).orElseThrow();
    }

    public ReferenceItem reactivate(ReferenceKind kind, String code, String by) {
        ReferenceItem item = existing(kind, code);
        if (item.active()) {
            throw Refusal.of(Refusal.Kind.CONFLICT, kind.definiteCapital() + " " + item.name() + " erbjuds redan.");
        }
        data.setActive(kind, code, true);
        history.record(kind, code, ReferenceChange.Type.REACTIVATED, item.name(), item.name(), by, clock.instant());
        events.publishEvent(new ReferenceDataChanged(kind));
        return data.find(kind, code).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ReferenceChange> history(int limit) {
        return history.latest(limit);
    }

    private ReferenceItem existing(ReferenceKind kind, String code) {
        return data.find(kind, code == null ? "" : code).orElseThrow(() -> Refusal.notFound(
                "Det finns ingen post med koden ”" + code + "” bland " + kind.heading().toLowerCase(Locale.ROOT) + "."));
    }

    /** The name trimmed, its spaces made single; refused when empty, too long or another entry's name. */
    private String checkedName(ReferenceKind kind, String name, ReferenceItem renamed) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, null, List.of(new Refusal.Reason("name", "Skriv ett namn.")));
        }
        if (trimmed.length() > MAX_NAME) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, null, List.of(new Refusal.Reason("name",
                    "Namnet får vara högst " + MAX_NAME + " tecken långt; det är " + trimmed.length() + ".")));
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, null, List.of(new Refusal.Reason("name",
                    "Namnet får inte innehålla styrtecken.")));
        }
        data.named(kind, trimmed).ifPresent(other -> {
            if (renamed != null && other.code().equals(renamed.code())) {
                if (other.name().equals(trimmed)) {
                    throw Refusal.badInput(kind.definiteCapital() + " heter redan " + trimmed + ".");
                }
                return; // the same entry, written otherwise
            }
            throw Refusal.of(Refusal.Kind.CONFLICT, "Det finns redan en " + (other.active() ? "" : "avvecklad ")
                    + "post med namnet " + other.name() + " bland " + kind.heading().toLowerCase(Locale.ROOT)
                    + (other.active() ? "." : ". Återinför den i stället."));
        });
        return trimmed;
    }

    /** A code made from the name (lower case a–z, 0–9 and hyphens: å and ä become a, ö o), not used before. */
    private String freeCode(ReferenceKind kind, String name) {
        String base = codeOf(name);
        String code = base;
        for (int n = 2; data.find(kind, code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    static String codeOf(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        String code = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > MAX_CODE) {
            code = code.substring(0, MAX_CODE).replaceAll("-+$", "");
        }
        return code.isEmpty() ? "post" : code;
    }
}
