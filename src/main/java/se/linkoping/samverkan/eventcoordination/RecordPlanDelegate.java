package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/** {@code Task_RecordPlan}: stores a participant's plan, found by the execution its task ran in. */
@Component("recordEventPlan")
public class RecordPlanDelegate extends FormStepDelegate {

    private final CoordinatedEvents events;

    public RecordPlanDelegate(CoordinatedEvents events) {
        super("plan", "Det sparades inte.");
        this.events = events;
    }

    @Override
    protected void run(DelegateExecution execution) {
        events.recordPlan(execution.getId(), FormValues.text(execution, "plan"), CurrentUser.of(execution));
    }
}
