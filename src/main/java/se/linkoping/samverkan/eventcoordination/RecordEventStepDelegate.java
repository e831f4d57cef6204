package se.linkoping.samverkan.eventcoordination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import se.linkoping.samverkan.forms.FormStepDelegate;
import se.linkoping.samverkan.forms.FormValues;
import se.linkoping.samverkan.system.CurrentUser;

/**
 * {@code Task_RecordPlan}, {@code Task_RecordBriefing}, {@code Task_RecordEvaluation}: stores what the
 * preceding task's form said, by the activity it runs in. The evaluation sets {@code matterNeeded}
 * for the gateway after it. A refusal keeps the task open.
 */
@Component("recordEventStep")
public class RecordEventStepDelegate extends FormStepDelegate {

    private final CoordinatedEvents events;

    public RecordEventStepDelegate(CoordinatedEvents events) {
        super("step", "Det sparades inte.");
        this.events = events;
    }

    @Override
    protected void run(DelegateExecution execution) {
        String user = CurrentUser.of(execution);
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
    }
}
