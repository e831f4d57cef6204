package se.linkoping.samverkan.cooperationagreement;

import java.time.OffsetDateTime;

/** A follow-up of the citizen promise as stored: public text, no names. */
public record PromiseFollowUp(OffsetDateTime followedUpAt, FollowUpStatus status, String summary) {
}
