package se.linkoping.samverkan.intervention;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An intervention's course as stored: decided, carried out and reported, followed up. What a body deciding
 * on a matter reads of the interventions it rests on; the people are user ids.
 *
 * @param effect the effect code the follow-up gave ({@link InterventionEffect}), null until followed up
 */
public record InterventionCourse(long id, String title, String responsibleGroup, LocalDate dueDate,
                                 String decidedByBody, String decidedBy, OffsetDateTime decidedAt,
                                 InterventionStatus status, String result, String reportedBy,
                                 OffsetDateTime reportedAt, String effect, String followUp, String followedUpBy,
                                 OffsetDateTime followedUpAt) {
}
