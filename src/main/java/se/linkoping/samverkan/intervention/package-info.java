/**
 * Interventions (insatser): decided by EST or a body's meeting, carried out by the responsible group by
 * a due date, with a reminder before it and an alert to the coordination group when it is late, then
 * reported and followed up by the body that decided it. The process {@code intervention} runs each one.
 * Owns the table {@code intervention} ({@link se.linkoping.samverkan.intervention.InterventionRecords});
 * whether a matter exists it asks through {@link se.linkoping.samverkan.intervention.KnownMatters}.
 */
package se.linkoping.samverkan.intervention;
