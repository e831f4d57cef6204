package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the timer start event of a meeting process ({@code Timer_MeetingCycle}): stores the ordinary
 * meeting the body's cadence called. The process says whose meeting it is.
 */
@Component("openOrdinaryMeeting")
public class OpenOrdinaryMeetingListener implements ExecutionListener {

    private final Meetings meetings;

    public OpenOrdinaryMeetingListener(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        meetings.open(execution.getProcessInstanceId(), MeetingBody.running(execution), false, null, null);
    }
}
