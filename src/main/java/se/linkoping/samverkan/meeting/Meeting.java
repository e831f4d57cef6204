package se.linkoping.samverkan.meeting;

import java.time.OffsetDateTime;

/** A meeting as stored: whose, ordinary or extra, when it was called and why (an extra one), how far it has come. */
public record Meeting(long id, MeetingBody body, boolean extra, OffsetDateTime calledAt, String reason,
                      MeetingStatus status) {

    public MeetingKind kind() {
        return MeetingKind.of(extra);
    }
}
