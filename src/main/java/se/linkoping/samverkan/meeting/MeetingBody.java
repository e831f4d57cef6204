package se.linkoping.samverkan.meeting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bodies above EST that meet and decide matters, lowest first: the levels of the escalation
 * chain. Each has its group (who decides at the meeting), its meeting process and the message that
 * calls it to an extra meeting.
 */
public enum MeetingBody {

    COORDINATION_GROUP("coordination-group", "Lednings- och samordningsgruppen", "coordination-group-meeting",
            "ExtraCoordinationGroupMeeting"),
    STEERING_GROUP("steering-group", "Styrgruppen", "steering-group-meeting", "ExtraSteeringGroupMeeting"),
    POLITICAL_STEERING_GROUP("political-steering-group", "Politiska styrgruppen", "political-steering-group-meeting",
            "ExtraPoliticalSteeringGroupMeeting");

    private final String id;
    private final String swedishName;
    private final String processKey;
    private final String extraMeetingMessage;

    MeetingBody(String id, String swedishName, String processKey, String extraMeetingMessage) {
        this.id = id;
        this.swedishName = swedishName;
        this.processKey = processKey;
        this.extraMeetingMessage = extraMeetingMessage;
    }

    /** The group id: the level stored on a matter and the candidate group of its decisions. */
    public String id() {
        return id;
    }

    public String swedishName() {
        return swedishName;
    }

    public String processKey() {
        return processKey;
    }

    /** The message that starts an extra meeting (the meeting processes also start by their timer). */
    public String extraMeetingMessage() {
        return extraMeetingMessage;
    }

    /** The level a matter escalates to; empty at the top, where the political steering group decides. */
    public Optional<MeetingBody> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public static Optional<MeetingBody> byId(String id) {
        return Arrays.stream(values()).filter(body -> body.id.equals(id)).findFirst();
    }

    public static Optional<MeetingBody> byProcessKey(String processKey) {
        return Arrays.stream(values()).filter(body -> body.processKey.equals(processKey)).findFirst();
    }

    /** The body of a stored level or meeting; a value outside this enum in the database is a bug. */
    public static MeetingBody of(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("Not a meeting body: " + id));
    }
}
