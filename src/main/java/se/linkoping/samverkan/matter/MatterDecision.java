package se.linkoping.samverkan.matter;

/**
 * What a meeting decided on a matter, before anything is checked.
 *
 * @param outcome      HANDLED, ESCALATED or CLOSED
 * @param intervention whether an intervention is decided with it
 */
public record MatterDecision(String outcome, String rationale, String directive, boolean intervention) {
}
