package se.linkoping.samverkan.intervention;

/**
 * An intervention as a body decided it, before anything is checked.
 *
 * @param responsibleGroup the group that carries it out (a department, unit or the police)
 * @param dueDate          ISO date, e.g. 2026-12-18
 * @param decidedByBody    the body that decided it and follows it up (est, coordination-group, …)
 * @param problemId        the problem of the weekly picture it answers, if any
 * @param matterId         the matter a meeting decided it on, if any
 */
public record InterventionDecision(String title, String description, String responsibleGroup, String dueDate,
                                   String decidedByBody, Long problemId, Long matterId) {
}
