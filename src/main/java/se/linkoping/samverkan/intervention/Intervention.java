package se.linkoping.samverkan.intervention;

import java.time.LocalDate;

/**
 * A stored intervention, as its tasks, timers and follow-up lists read it.
 *
 * @param responsibleGroup the group that carries it out (a department, unit or the police)
 * @param decidedByBody    the body that decided it and follows it up (est, coordination-group, …)
 * @param problemId        the problem of the weekly picture it answers, if any
 * @param matterId         the matter a meeting decided it on, if any
 */
public record Intervention(long id, String title, String responsibleGroup, LocalDate dueDate, String decidedByBody,
                           Long problemId, Long matterId, InterventionStatus status) {
}
