package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * {@code Task_AnnounceMeeting} of the political steering group: tells every process waiting for its
 * meeting that it is being held, with the meeting's id. The cooperation agreement and the citizen
 * promise wait for it there (message {@value #MESSAGE}); when nothing waits, nothing happens.
 */
@Component("announceMeeting")
public class AnnounceMeetingDelegate implements JavaDelegate {

    /** The message a process waits on to be decided or followed up at the political steering group's meeting. */
    public static final String MESSAGE = "PoliticalSteeringGroupMeetingHeld";

    private final Meetings meetings;

    public AnnounceMeetingDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long meetingId = meetings.of(execution.getProcessInstanceId()).id();
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(MESSAGE)
                .setVariable("politicalMeetingId", Variables.longValue(meetingId)).correlateAll();
    }
}
