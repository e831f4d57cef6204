package se.linkoping.samverkan.referencedata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names that records made in the past are shown with: the name a district, category or source had at the
 * record's time, so that a rename changes what is shown from then on and never what was shown before (lists and
 * forms of today use {@link ReferenceData}). Read models take a {@link #namesAt()} once per request and look up
 * every row in it: the entries and their renames are few, so one read of each is cheap.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceNames {

    private final ReferenceData data;
    private final ReferenceChangeRecords history;

    ReferenceNames(ReferenceData data, ReferenceChangeRecords history) {
        this.data = data;
        this.history = history;
    }

    /** Every entry's current name and every rename, read once, to look names up at any time. */
    public NamesAt namesAt() {
        Map<ReferenceKind, Map<String, String>> current = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : ReferenceKind.values()) {
            Map<String, String> names = new HashMap<>();
            data.all(kind).forEach(item -> names.put(item.code(), item.name()));
            current.put(kind, names);
        }
        Map<ReferenceKind, Map<String, List<NamesAt.Rename>>> renames = new EnumMap<>(ReferenceKind.class);
        for (ReferenceChange change : history.renames()) {
            renames.computeIfAbsent(change.kind(), kind -> new HashMap<>())
                    .computeIfAbsent(change.code(), code -> new ArrayList<>())
                    .add(new NamesAt.Rename(change.changedAt().toInstant(), change.oldName()));
        }
        return new NamesAt(current, renames);
    }

    public String district(String code, Instant at) {
        return namesAt().district(code, at);
    }

    public String category(String code, Instant at) {
        return namesAt().category(code, at);
    }

    public String source(String code, Instant at) {
        return namesAt().source(code, at);
    }
}
