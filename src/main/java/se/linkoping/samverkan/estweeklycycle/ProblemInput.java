package se.linkoping.samverkan.estweeklycycle;

/**
 * What EST entered for one problem, as the form sent it, before anything is checked.
 *
 * @param decision  confirm, merge or dismiss
 * @param mergeInto the id of the week's other problem this one is part of (merge only)
 */
public record ProblemInput(String decision, String mergeInto, String placeType, Integer departmentsInvolved,
                           Boolean needsResources, Boolean needsPolicyDecision, String policeKnowledge) {
}
