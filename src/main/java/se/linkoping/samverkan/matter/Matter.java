package se.linkoping.samverkan.matter;

import java.time.OffsetDateTime;

import se.linkoping.samverkan.meeting.MeetingBody;

/**
 * A stored matter. District and category are codes; the problem, intervention and meeting are ids.
 *
 * @param meetingId the meeting whose agenda it is on, while it is
 */
public record Matter(long id, String title, String description, String district, String category,
                     MeetingBody level, boolean acute, MatterOrigin origin, Long problemId, Long interventionId,
                     MatterStatus status, Long meetingId, OffsetDateTime raisedAt, String raisedBy,
                     OffsetDateTime waitingSince, String processInstanceId) {
}
