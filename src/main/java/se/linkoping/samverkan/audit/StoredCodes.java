package se.linkoping.samverkan.audit;

import java.util.List;

/**
 * The codes of other features' tables that the audit tells apart, spelled once here until their owners
 * have enums for them (a matter's status, a meeting's kind): queries bind them, never spell them.
 */
final class StoredCodes {

    /** A matter's status while it waits for a meeting of its level. */
    static final List<String> MATTER_OPEN = List.of("WAITING", "ON_AGENDA");

    /** A meeting called besides the cadence's ordinary ones. */
    static final String MEETING_EXTRA = "EXTRA";

    private StoredCodes() {
    }
}
