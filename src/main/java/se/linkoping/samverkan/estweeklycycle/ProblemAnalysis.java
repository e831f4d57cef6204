package se.linkoping.samverkan.estweeklycycle;

/**
 * EST's analysis of one problem, checked.
 *
 * @param mergeInto the problem of the same week this one is part of (status MERGED only)
 * @param placeType where it happens: skola, kollektivtrafik, bostadsomrade, centrum, park-idrott, ovrigt
 */
public record ProblemAnalysis(ProblemStatus status, Long mergeInto, String policeKnowledge,
                              String placeType, int departmentsInvolved, boolean needsResources,
                              boolean needsPolicyDecision) {
}
