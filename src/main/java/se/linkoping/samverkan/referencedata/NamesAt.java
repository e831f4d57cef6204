package se.linkoping.samverkan.referencedata;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The names of the districts, categories and sources as they were at any time, read once ({@link
 * ReferenceNames#namesAt()}) and then looked up without the database: a name is the one in force at the time asked
 * about, that is the current name unless the entry was renamed later, when it is the name it had before the first
 * rename after that time. A rename at the very instant asked about counts as done: its new name is the one shown.
 * A code with no entry is shown as itself; a missing code (none recorded) as null.
 */
public final class NamesAt {

    /** A rename as the lookup needs it: when, and the name before. */
    record Rename(Instant at, String oldName) {
    }

    private final Map<ReferenceKind, Map<String, String>> current;
    private final Map<ReferenceKind, Map<String, List<Rename>>> renames;

    /**
     * @param current every entry's name now, per list and code
     * @param renames every entry's renames, per list and code, oldest first
     */
    NamesAt(Map<ReferenceKind, Map<String, String>> current, Map<ReferenceKind, Map<String, List<Rename>>> renames) {
        this.current = current;
        this.renames = renames;
    }

    /** The name an entry had at a time; its current name when the time is null. */
    public String name(ReferenceKind kind, String code, Instant at) {
        if (code == null) {
            return null;
        }
        if (at != null) {
            for (Rename rename : renames.getOrDefault(kind, Map.of()).getOrDefault(code, List.of())) {
                if (rename.at().isAfter(at)) {
                    return rename.oldName();
                }
            }
        }
        return current.getOrDefault(kind, Map.of()).getOrDefault(code, code);
    }

    public String name(ReferenceKind kind, String code, OffsetDateTime at) {
        return name(kind, code, at == null ? null : at.toInstant());
    }

    public String district(String code, Instant at) {
        return name(ReferenceKind.DISTRICT, code, at);
    }

    public String district(String code, OffsetDateTime at) {
        return name(ReferenceKind.DISTRICT, code, at);
    }

    public String category(String code, Instant at) {
        return name(ReferenceKind.CATEGORY, code, at);
    }

    public String category(String code, OffsetDateTime at) {
        return name(ReferenceKind.CATEGORY, code, at);
    }

    public String source(String code, Instant at) {
        return name(ReferenceKind.SOURCE, code, at);
    }

    public String source(String code, OffsetDateTime at) {
        return name(ReferenceKind.SOURCE, code, at);
    }
}
