package se.linkoping.samverkan.estweeklycycle;

/** What EST made of a proposed problem. */
public enum ProblemStatus {
    /** Compiled from the reports, not yet analysed. */
    PROPOSED,
    /** A problem EST works with. */
    CONFIRMED,
    /** Part of another problem of the same week. */
    MERGED,
    /** Not a problem: chance, a known one-off, or wrongly reported. */
    DISMISSED
}
