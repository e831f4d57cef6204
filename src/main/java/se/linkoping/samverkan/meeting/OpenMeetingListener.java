package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormErrors;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * On the start events of the meeting processes: stores the meeting as it is called. The start event
 * that ran says which kind it is — {@code StartEvent_ExtraMeeting} for an extra meeting, the timer
 * for an ordinary one — and the process says whose; neither comes from a variable.
 */
@Component("openMeeting")
public class OpenMeetingListener implements ExecutionListener {

    static final String EXTRA_START = "StartEvent_ExtraMeeting";

    private final Meetings meetings;

    public OpenMeetingListener(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        MeetingBody body = MeetingBody.byProcessKey(processKey)
                .orElseThrow(() -> new IllegalStateException("Not a meeting process: " + processKey));
        boolean extra = EXTRA_START.equals(execution.getCurrentActivityId());
        try {
            meetings.open(execution.getProcessInstanceId(), body, extra, FormValues.text(execution, "reason"),
                    CurrentUser.of(execution));
        } catch (Refusal refused) {
            throw FormErrors.of("reason", "Mötet kallades inte.", refused);
        }
    }
}
