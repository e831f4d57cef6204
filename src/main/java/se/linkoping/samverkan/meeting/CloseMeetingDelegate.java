package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseMeeting}: every matter on the agenda is decided; the meeting is held. */
@Component("closeMeeting")
public class CloseMeetingDelegate implements JavaDelegate {

    private final Meetings meetings;

    public CloseMeetingDelegate(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.close(execution.getProcessInstanceId());
    }
}
