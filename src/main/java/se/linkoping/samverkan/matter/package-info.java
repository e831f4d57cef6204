/**
 * The escalation chain: matters (ärenden) raised at the coordination group, the steering group or the
 * political steering group — by EST's weekly picture, by any body, or by a late intervention — that
 * go on their body's next meeting's agenda and are handled there, escalated to the next level, or
 * closed. Acute matters and matters that wait too long ask for an extra meeting; a problem that
 * persists escalates by rule. Owns the table {@code matter}
 * ({@link se.linkoping.samverkan.matter.MatterRecords}); depends on {@code meeting}, {@code intervention}
 * and {@code estweeklycycle}, which ask about matters only through the ports MatterRecords implements.
 */
package se.linkoping.samverkan.matter;
