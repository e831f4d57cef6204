package se.linkoping.samverkan.picture;

import java.time.LocalDate;

import se.linkoping.samverkan.estweeklycycle.ProblemStatus;
import se.linkoping.samverkan.estweeklycycle.Trend;

/**
 * What EST's picture of a week says of a district and category as a whole (not a hot spot within them).
 *
 * @param reports  the count when the picture was compiled (reports registered later are not in it)
 * @param priority the problem-priority decision's result, once EST confirmed and prioritised it
 * @param hotSpots places within the district and category that the picture lists as hot spots
 */
public record CompiledProblem(LocalDate week, String district, String category, int reports, Trend trend,
                              int consecutiveWeeks, ProblemStatus status, Integer priority, String escalationLevel,
                              int hotSpots) {
}
