/**
 * The escalation chain: matters (ärenden) raised at the coordination group, the steering group or the
 * political steering group — by EST's weekly picture, by any body, or by a late intervention — that
 * wait for their body's next meeting and are handled there, escalated to the next level, or closed.
 * Acute matters and matters that wait too long ask for an extra meeting; a problem that persists
 * escalates by rule.
 */
package se.linkoping.samverkan.matter;
