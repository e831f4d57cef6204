package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.refusal.RefusedInput;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordPlan}, {@code Task_RecordBriefing}, {@code Task_RecordEvaluation}: stores what the
 * preceding task's form said, by the activity it runs in. The evaluation sets {@code matterNeeded}
 * for the gateway after it. A refusal keeps the task open.
 */
@Component("recordEventStep")
public class RecordEventStepDelegate implements JavaDelegate {

    private final CoordinatedEvents events;

    public RecordEventStepDelegate(CoordinatedEvents events) {
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = CurrentUser.of(execution);
        try {
            switch (execution.getCurrentActivityId()) {
                case "Task_RecordPlan" -> events.recordPlan(execution.getId(), FormValues.text(execution, "plan"), user);
                case "Task_RecordBriefing" -> events.recordBriefing(execution.getProcessInstanceId(),
                        FormValues.text(execution, "briefingNotes"), user);
                case "Task_RecordEvaluation" -> {
                    boolean matter = "yes".equals(FormValues.text(execution, "needsMatter"));
                    events.recordEvaluation(execution.getProcessInstanceId(), FormValues.text(execution, "findings"),
                            matter, FormValues.text(execution, "matterTitle"), user);
                    execution.setVariable("matterNeeded", matter);
                }
                default -> throw new IllegalStateException("No event step " + execution.getCurrentActivityId());
            }
        } catch (RefusedInput refused) {
            throw new FormFieldValidationException("step", "Det sparades inte. " + refused.getMessage());
        }
    }
}
