package se.linkoping.samverkan.meeting;

import java.util.Arrays;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import se.linkoping.samverkan.identity.OrganisationGroup;

/**
 * The bodies above EST that meet and decide matters, lowest first: the levels of the escalation
 * chain. Each is a group of the organisation (who decides at the meeting; its id and Swedish name are
 * the group's), with the role of the one who convenes it, its meeting process and the message that calls it
 * to an extra meeting.
 */
public enum MeetingBody {

    COORDINATION_GROUP(OrganisationGroup.COORDINATION_GROUP, OrganisationGroup.COORDINATION_GROUP_CONVENER,
            "coordination-group-meeting", "ExtraCoordinationGroupMeeting"),
    STEERING_GROUP(OrganisationGroup.STEERING_GROUP, OrganisationGroup.STEERING_GROUP_CONVENER,
            "steering-group-meeting", "ExtraSteeringGroupMeeting"),
    POLITICAL_STEERING_GROUP(OrganisationGroup.POLITICAL_STEERING_GROUP,
            OrganisationGroup.POLITICAL_STEERING_GROUP_CONVENER, "political-steering-group-meeting",
            "ExtraPoliticalSteeringGroupMeeting");

    private final OrganisationGroup group;
    private final OrganisationGroup convener;
    private final String processKey;
    private final String extraMeetingMessage;

    MeetingBody(OrganisationGroup group, OrganisationGroup convener, String processKey, String extraMeetingMessage) {
        this.group = group;
        this.convener = convener;
        this.processKey = processKey;
        this.extraMeetingMessage = extraMeetingMessage;
    }

    public OrganisationGroup group() {
        return group;
    }

    /** The group id: the level stored on a matter and the candidate group of its decisions. */
    public String id() {
        return group.id();
    }

    public String swedishName() {
        return group.swedishName();
    }

    /** The role of the one who convenes the body: the candidate group of its alerts about matters waiting too long. */
    public OrganisationGroup convener() {
        return convener;
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
        return Arrays.stream(values()).filter(body -> body.id().equals(id)).findFirst();
    }

    public static Optional<MeetingBody> byProcessKey(String processKey) {
        return Arrays.stream(values()).filter(body -> body.processKey.equals(processKey)).findFirst();
    }

    /** The body whose meeting process an execution runs: the process says whose, never a variable. */
    public static MeetingBody running(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        return byProcessKey(processKey)
                .orElseThrow(() -> new IllegalStateException("Not a meeting process: " + processKey));
    }

    /** The body of a stored level or meeting; a value outside this enum in the database is a bug. */
    public static MeetingBody of(String id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("Not a meeting body: " + id));
    }
}
