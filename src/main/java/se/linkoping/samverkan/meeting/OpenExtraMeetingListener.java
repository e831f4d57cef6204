package se.linkoping.samverkan.meeting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormErrors;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.Refusal;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * On the message start event of a meeting process ({@code StartEvent_ExtraMeeting}): stores the extra
 * meeting asked for, with its reason and who asked. The process says whose meeting it is; without a
 * reason, no meeting is called.
 */
@Component("openExtraMeeting")
public class OpenExtraMeetingListener implements ExecutionListener {

    private final Meetings meetings;

    public OpenExtraMeetingListener(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        try {
            meetings.open(execution.getProcessInstanceId(), MeetingBody.running(execution), true,
                    FormValues.text(execution, "reason"), CurrentUser.of(execution));
        } catch (Refusal refused) {
            throw FormErrors.of("reason", "Mötet kallades inte.", refused);
        }
    }
}
