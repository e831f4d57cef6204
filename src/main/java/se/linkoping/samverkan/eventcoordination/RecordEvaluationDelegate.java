package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordEvaluation}: stores the coordination group's findings and tells the gateway after it
 * whether they raise a matter ({@code matterNeeded}).
 */
@Component("recordEventEvaluation")
public class RecordEvaluationDelegate extends FormStepDelegate {

    private final CoordinatedEvents events;

    public RecordEvaluationDelegate(CoordinatedEvents events) {
        super("findings", "Det sparades inte.");
        this.events = events;
    }

    @Override
    protected void run(DelegateExecution execution) {
        boolean matter = "yes".equals(FormValues.text(execution, "needsMatter"));
        events.recordEvaluation(execution.getProcessInstanceId(), FormValues.text(execution, "findings"), matter,
                FormValues.text(execution, "matterTitle"), CurrentUser.of(execution));
        execution.setVariable("matterNeeded", matter);
    }
}
