package se.linkoping.samverkan.referencedata;

/**
 * A category of incident. {@code violenceOrThreat} feeds the problem-priority decision;
 * {@code promptAssessment} sends a report to EST at once instead of only to the weekly picture.
 */
public record IncidentCategory(String code, String name, boolean violenceOrThreat, boolean promptAssessment) {
}
