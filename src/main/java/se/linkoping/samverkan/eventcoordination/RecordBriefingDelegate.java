package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordBriefing}: stores the notes of the joint briefing. */
@Component("recordEventBriefing")
public class RecordBriefingDelegate extends FormStepDelegate {

    private final CoordinatedEvents events;

    public RecordBriefingDelegate(CoordinatedEvents events) {
        super("briefingNotes", "Det sparades inte.");
        this.events = events;
    }

    @Override
    protected void run(DelegateExecution execution) {
        events.recordBriefing(execution.getProcessInstanceId(), FormValues.text(execution, "briefingNotes"),
                CurrentUser.of(execution));
    }
}
