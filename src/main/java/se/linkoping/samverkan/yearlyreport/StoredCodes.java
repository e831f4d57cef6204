package se.linkoping.samverkan.yearlyreport;

import java.util.List;

/**
 * The codes of other features' tables that the report tells apart, spelled once here until their owners
 * have enums for them (a matter's status, an intervention's effect): queries bind them, never spell them.
 */
final class StoredCodes {

    /** A matter's status while it waits for a meeting of its level. */
    static final List<String> MATTER_OPEN = List.of("WAITING", "ON_AGENDA");

    /** An intervention's effect as followed up. */
    static final String EFFECT_GOOD = "GOOD";
    static final String EFFECT_PARTLY = "PARTLY";
    static final String EFFECT_NONE = "NONE";

    private StoredCodes() {
    }
}
