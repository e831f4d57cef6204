package se.linkoping.samverkan.estweeklycycle;

/**
 * EST's analysis of one problem, checked.
 *
 * @param mergeInto the problem of the same week this one is part of (status MERGED only)
 * @param placeType           where it happens: skola, kollektivtrafik, bostadsomrade, centrum, park-idrott, ovrigt;
 *                            null for a problem merged into another or dismissed, which the decision tables never read
 * @param departmentsInvolved how many must act; null likewise
 */
public record ProblemAnalysis(ProblemStatus status, Long mergeInto, String policeKnowledge,
                              String placeType, Integer departmentsInvolved, boolean needsResources,
                              boolean needsPolicyDecision) {
}
